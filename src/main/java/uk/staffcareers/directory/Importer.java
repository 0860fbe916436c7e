package uk.staffcareers.directory;

/**
 * Who brings records in, and for which part of the directory: the central team (or the administrator setting up an
 * installation) the whole trust; a headteacher only their own school ({@code schoolId}). {@code trustId} is the
 * importer's own trust, null for the administrator.
 */
public record Importer(String username, String trustId, String schoolId) {

    public boolean wholeTrust() {
        return schoolId == null;
    }
}
