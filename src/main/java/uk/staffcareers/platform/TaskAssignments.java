package uk.staffcareers.platform;

/** Told whenever a user task is given to someone, in the step's transaction (TaskMailListener): mail answers it. */
public interface TaskAssignments {

    /** The task was given to its assignee by this user (null when the application did it). */
    void assigned(OpenTask task, String assignedBy);
}
