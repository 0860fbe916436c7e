package uk.staffcareers.directory;

/** The files of one import as uploaded, each null when not sent. */
public record UploadedFiles(byte[] schools, byte[] staff, byte[] qualifications) {

    static final String SCHOOLS = "schools";
    static final String STAFF = "staff";
    static final String QUALIFICATIONS = "qualifications";

    boolean empty() {
        return schools == null && staff == null && qualifications == null;
    }
}
