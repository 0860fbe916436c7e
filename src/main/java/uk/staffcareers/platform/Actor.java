package uk.staffcareers.platform;

import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who does a step. A person only ever as the engine's current authentication says: the user who
 * completes the task or starts the case. A variable, form field or message payload naming someone is
 * never taken for the actor. With nobody signed in, the engine works for the application itself: a
 * timer, or work the application started after its own checks (a launch, another case's request).
 */
public final class Actor {

    /** How records name the application; a space can never be in a user id, so no person can be taken for it. */
    static final String APPLICATION_NAME = "the application";

    public static final Actor APPLICATION = new Actor(APPLICATION_NAME);

    private final String name;

    private Actor(String name) {
        this.name = name;
    }

    public static Actor user(String username) {
        if (username == null || username.isBlank() || username.equals(APPLICATION_NAME)) {
            throw new IllegalArgumentException("A user actor needs a user name");
        }
        return new Actor(username);
    }

    /** The signed-in user of this command, else the application. */
    public static Actor of(DelegateExecution execution) {
        return current(execution.getProcessEngineServices().getIdentityService());
    }

    public static Actor current(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? APPLICATION : user(authentication.getUserId());
    }

    /**
     * For a case the application started on someone's behalf (a launch, a concern raised in an
     * appraisal), that person, as the application wrote them into the case's start; a user who starts
     * the case themselves is the actor whatever the variable says.
     */
    public static Actor startedFor(DelegateExecution execution, ProcessVariable<String> personVariable) {
        Actor actor = of(execution);
        String person = personVariable.get(execution);
        return actor.isApplication() && person != null ? user(person) : actor;
    }

    public boolean isApplication() {
        return this == APPLICATION;
    }

    /** The user name, or "the application": what a record's "by" column keeps. */
    public String name() {
        return name;
    }

    public boolean is(String username) {
        return !isApplication() && name.equals(username);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Actor actor && actor.name.equals(name) && actor.isApplication() == isApplication();
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
