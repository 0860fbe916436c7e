package uk.staffcareers.staff;

import uk.staffcareers.platform.AccessGroups;

/** A member of staff's role, and the Camunda group that role puts them in (the platform's AccessGroups where its rules grant on it). */
public enum Role {
    TEACHING_ASSISTANT("teaching-assistants", "Teaching assistants", true),
    HLTA("hltas", "Higher level teaching assistants", true),
    TEACHER("teachers", "Teachers", true),
    HEADTEACHER(AccessGroups.HEADTEACHERS, "Headteachers", true),
    SCHOOL_BUSINESS_MANAGER("school-business-managers", "School business managers", true),
    CEO("trust-ceo", "Trust CEO", false),
    CHAIR_OF_TRUSTEES(AccessGroups.TRUSTEES, "Trustees", false),
    EXTERNAL_ADVISER(AccessGroups.EXTERNAL_ADVISERS, "External advisers", false),
    HR_ADVISER("hr", "HR", false);

    private final String groupId;
    private final String groupName;
    private final boolean schoolBased;

    Role(String groupId, String groupName, boolean schoolBased) {
        this.groupId = groupId;
        this.groupName = groupName;
        this.schoolBased = schoolBased;
    }

    public String groupId() {
        return groupId;
    }

    /** How Camunda Admin and Tasklist show the group. */
    public String groupName() {
        return groupName;
    }

    /** School roles belong to one school; the others work for the trust as a whole. */
    public boolean schoolBased() {
        return schoolBased;
    }

    /** The role as a person's title in a sentence or a list: "teaching assistant", "HR adviser". */
    public String title() {
        return switch (this) {
            case HLTA -> "HLTA";
            case CEO -> "CEO";
            case HR_ADVISER -> "HR adviser";
            default -> name().toLowerCase().replace('_', ' ');
        };
    }

    /** The trust's central team, who see every school's cases. */
    public boolean centralTeam() {
        return this == CEO || this == HR_ADVISER;
    }
}
