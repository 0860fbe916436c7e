package uk.staffcareers.staff;

import java.time.LocalDate;

/** A qualification held by a member of staff; level 0 is entry level, then 1 to 8. */
public record Qualification(String title, QualificationType type, int level, LocalDate awardedOn) {

    public Qualification {
        if (level < 0 || level > 8) {
            throw new IllegalArgumentException("A qualification level must be entry (0) to 8, not " + level);
        }
    }
}
