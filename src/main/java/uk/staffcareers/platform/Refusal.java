package uk.staffcareers.platform;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.UnknownStaffMemberException;

/**
 * What a caller is told when a request is refused or fails, the same for our API, Camunda's REST API
 * and the webapps: a status and a plain reason; never SQL, engine ids or a stack trace. Bad input is
 * 400, not allowed 403, not found and not yours the same 404, a conflict 409. A refusal is one WARN
 * line in the log; only a failure of our own is logged with its stack trace.
 */
record Refusal(int status, String type, String message) {

    private static final Logger LOG = LoggerFactory.getLogger(Refusal.class);

    /** Camunda's tenant check ("... because it belongs to no authenticated tenant"): another school's case. */
    private static final String OTHER_TENANT = "ENGINE-13034";

    /**
     * Saving a task (its due date or follow-up date from Tasklist) or giving it to someone else needs TASK_ASSIGN,
     * which no member of staff holds: assignees only work on their task, and its dates come from the trust's policy.
     */
    private static final String TASK_ASSIGN = "TASK_ASSIGN";
    private static final String TASK_CHANGES = "Not allowed: a task's due date, follow-up date and who works on it are set by its case; "
            + "only an administrator changes them";

    /** The refusal for this exception, or its causes (the engine and REST layer wrap what our steps throw); empty when it is not ours to say. */
    static Optional<Refusal> of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Optional<Refusal> refusal = classify(t);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** Logs the refusal once, plainly, and returns it. */
    static Refusal logged(Refusal refusal, Throwable e) {
        if (refusal.status >= 500) {
            LOG.error("Request failed: {}", refusal.message, e);
        } else {
            LOG.warn("Refused ({}): {}", refusal.status, refusal.message);
        }
        return refusal;
    }

    private static Optional<Refusal> classify(Throwable t) {
        if (t instanceof InvalidInputException) {
            return refusal(400, t, t.getMessage());
        }
        if (t instanceof ConstraintViolationException invalid) {
            // A @Validated service's argument that broke its annotations: bad input, each field named.
            return refusal(400, InvalidInputException.class.getSimpleName(), InvalidFields.of(invalid.getConstraintViolations()).getMessage());
        }
        if (t instanceof NotAllowedException) {
            return refusal(403, t, t.getMessage());
        }
        if (t instanceof UnknownStaffMemberException) {
            return refusal(404, t, t.getMessage());
        }
        if (t instanceof CaseStateException state) {
            return refusal(state.unknown() ? 404 : 409, t, t.getMessage());
        }
        if (t instanceof AuthorizationException denied) {
            return refusal(403, t, notPermitted(denied));
        }
        if (t.getMessage() != null && t.getMessage().startsWith(OTHER_TENANT)) {
            return refusal(404, "NotFoundException", "Not found: there is no such case, or it is not yours to see");
        }
        if (t instanceof OptimisticLockingException || t instanceof DuplicateKeyException || t instanceof ConcurrencyFailureException) {
            return refusal(409, "ConflictException", "Someone else changed this at the same moment: reload and try again");
        }
        if (t instanceof DataIntegrityViolationException) {
            return refusal(400, "InvalidInputException",
                    "A value was refused: a text longer than its field allows, a character that cannot be stored, or a value out of range");
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            // The engine's own writes fail with the driver's exception inside its own: 22 is bad data, 23 a constraint.
            return sql.getSQLState().startsWith("22") ? classify(new DataIntegrityViolationException(sql.getMessage()))
                    : sql.getSQLState().equals("23505") ? classify(new DuplicateKeyException(sql.getMessage()))
                    : refusal(500, "ServerError", "The database could not complete the request; the error is logged");
        }
        if (t instanceof DataAccessException || t instanceof ProcessEnginePersistenceException) {
            return refusal(500, "ServerError", "The database could not complete the request; the error is logged");
        }
        if (t instanceof BadUserRequestException) {
            return refusal(400, t, t.getMessage());
        }
        return Optional.empty();
    }

    private static String notPermitted(AuthorizationException denied) {
        return denied.getMissingAuthorizations().stream().findFirst()
                .map(MissingAuthorization::getViolatedPermissionName)
                .map(permission -> TASK_ASSIGN.equals(permission) ? TASK_CHANGES
                        : "Not allowed: you do not have the " + permission + " permission this needs")
                .orElse("Not allowed");
    }

    private static Optional<Refusal> refusal(int status, Throwable t, String message) {
        return refusal(status, t.getClass().getSimpleName(), message);
    }

    private static Optional<Refusal> refusal(int status, String type, String message) {
        return Optional.of(new Refusal(status, type, message));
    }
}
