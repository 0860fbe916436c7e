package uk.staffcareers.platform;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.staff.UnknownStaffMemberException;

/** Errors of our own REST API (/api), in the same shape as Camunda's: {"type", "message"}. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, String>> invalidInput(InvalidInputException e) {
        return error(HttpStatus.BAD_REQUEST, e);
    }

    @ExceptionHandler(UnknownStaffMemberException.class)
    ResponseEntity<Map<String, String>> unknownStaff(UnknownStaffMemberException e) {
        return error(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(CaseStateException.class)
    ResponseEntity<Map<String, String>> caseState(CaseStateException e) {
        return error(e.unknown() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<Map<String, String>> forbidden(AuthorizationException e) {
        return error(HttpStatus.FORBIDDEN, e);
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, RuntimeException e) {
        return ResponseEntity.status(status).body(Map.of("type", e.getClass().getSimpleName(), "message", e.getMessage()));
    }
}
