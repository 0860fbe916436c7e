package uk.staffcareers.staff;

import java.time.LocalDate;

/** A qualification held by a member of staff, with its subject; level 0 is entry level, then 1 to 8. */
public record Qualification(String title, QualificationType type, QualificationSubject subject, int level, LocalDate awardedOn) {

    public Qualification {
        if (level < 0 || level > 8) {
            throw new IllegalArgumentException("A qualification level must be entry (0) to 8, not " + level);
        }
        if (subject == null) {
            throw new IllegalArgumentException("Say what the qualification is in: English or literacy, maths or numeracy, or other");
        }
    }

    /** Level 2 or above in this subject. */
    public boolean atLevel2In(QualificationSubject wanted) {
        return subject == wanted && level >= 2;
    }
}
