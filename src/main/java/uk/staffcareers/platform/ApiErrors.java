package uk.staffcareers.platform;

import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.UnknownStaffMemberException;

/** Errors of our own REST API (/api), as {@link Refusal} says, in the same shape as Camunda's: {"type", "message"}. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler({InvalidInputException.class, NotAllowedException.class, UnknownStaffMemberException.class,
            CaseStateException.class, ProcessEngineException.class, DataAccessException.class, ConstraintViolationException.class})
    ResponseEntity<Map<String, String>> refused(RuntimeException e) {
        Refusal refusal = Refusal.logged(Refusal.of(e)
                .orElseGet(() -> new Refusal(500, "ServerError", "Something went wrong on our side; the error is logged")), e);
        return ResponseEntity.status(refusal.status()).body(Map.of("type", refusal.type(), "message", refusal.message()));
    }

    /**
     * A request that broke its annotations (a body's @NotBlank or @Range, a parameter's @Min): the same 400 as any bad
     * input, every wrong field named (InvalidFields). A @Validated service's ConstraintViolationException is a Refusal.
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, String>> invalidBody(MethodArgumentNotValidException e) {
        return refused(InvalidFields.of(e));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Map<String, String>> invalidParameter(HandlerMethodValidationException e) {
        return refused(InvalidFields.of(e));
    }

    /** An upload over the limit (spring.servlet.multipart), refused before anything reads it: 413 in our words. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        Refusal refusal = Refusal.logged(new Refusal(413, "PayloadTooLarge", "The upload is too large: each file may be at most "
                + "20 MB (and the files of one upload 61 MB together). Nothing was read or changed: upload the staff of fewer "
                + "schools at a time"), e);
        return ResponseEntity.status(refusal.status()).body(Map.of("type", refusal.type(), "message", refusal.message()));
    }
}
