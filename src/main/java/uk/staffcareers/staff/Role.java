package uk.staffcareers.staff;

/** A member of staff's role, and the Camunda group that role puts them in. */
public enum Role {
    TEACHING_ASSISTANT("teaching-assistants", true),
    HLTA("hltas", true),
    TEACHER("teachers", true),
    HEADTEACHER("headteachers", true),
    SCHOOL_BUSINESS_MANAGER("school-business-managers", true),
    CEO("trust-ceo", false),
    CHAIR_OF_TRUSTEES("trustees", false),
    EXTERNAL_ADVISER("external-advisers", false),
    HR_ADVISER("hr", false);

    private final String groupId;
    private final boolean schoolBased;

    Role(String groupId, boolean schoolBased) {
        this.groupId = groupId;
        this.schoolBased = schoolBased;
    }

    public String groupId() {
        return groupId;
    }

    /** School roles belong to one school; the others work for the trust as a whole. */
    public boolean schoolBased() {
        return schoolBased;
    }

    /** The trust's central team, who see every school's cases. */
    public boolean centralTeam() {
        return this == CEO || this == HR_ADVISER;
    }
}
