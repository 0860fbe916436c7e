package uk.staffcareers.platform;

/** Someone the staff directory holds, as far as the platform needs them: who they are and which school's cases are theirs. */
public interface Person {

    /** The staff number, which cases carry as their staffId. */
    String id();

    /** Their Camunda account. */
    String username();

    String fullName();

    String trustId();

    /** Null for trust-wide staff (the CEO, HR). */
    String schoolId();
}
