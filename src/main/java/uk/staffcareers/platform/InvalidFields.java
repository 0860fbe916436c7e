package uk.staffcareers.platform;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import uk.staffcareers.InvalidInputException;

/**
 * What Bean Validation found wrong with a request (a body's @NotBlank, @Range... or a parameter's @Min), said as our
 * other refusals say bad input: one InvalidInputException naming every field that is wrong, "field message", in the
 * order the record declares its fields ("hltaVisitWindowWeeks must be 1 to 52, not 0; payReviewWorkingDays must be 1 to
 * 30, not 0"). A class-level constraint's message stands alone.
 */
public final class InvalidFields {

    private record Problem(int order, String text) {
    }

    private InvalidFields() {
    }

    /** A request body that broke its annotations (@Valid). */
    static InvalidInputException of(MethodArgumentNotValidException e) {
        Class<?> type = e.getBindingResult().getTarget() == null ? Object.class : e.getBindingResult().getTarget().getClass();
        return refusal(e.getBindingResult().getAllErrors().stream().map(error -> error instanceof FieldError field
                ? problem(type, field.getField(), field.getDefaultMessage()) : new Problem(-1, error.getDefaultMessage())));
    }

    /** A parameter of a controller's method that broke its annotations (@Min on a path variable). */
    static InvalidInputException of(HandlerMethodValidationException e) {
        return refusal(e.getParameterValidationResults().stream().flatMap(result -> result.getResolvableErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? problem(result.getMethodParameter().getParameterType(), field.getField(), field.getDefaultMessage())
                        : new Problem(-1, result.getMethodParameter().getParameterName() + " " + message(error)))));
    }

    /** Constraint violations, from a @Validated bean's method or a Validator. */
    public static InvalidInputException of(Collection<? extends ConstraintViolation<?>> violations) {
        return refusal(violations.stream().map(v -> v.getLeafBean() == null || isParameter(v.getPropertyPath())
                ? new Problem(-1, leaf(v.getPropertyPath()) + " " + v.getMessage())
                : problem(v.getLeafBean().getClass(), leaf(v.getPropertyPath()), v.getMessage())));
    }

    private static InvalidInputException refusal(Stream<Problem> problems) {
        List<String> texts = problems.sorted(Comparator.comparingInt(Problem::order).thenComparing(Problem::text))
                .map(Problem::text).distinct().toList();
        return new InvalidInputException(String.join("; ", texts));
    }

    private static Problem problem(Class<?> type, String field, String message) {
        List<String> order = Arrays.stream(type.getDeclaredFields()).map(Field::getName).toList();
        String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        return new Problem(order.indexOf(name.replaceAll("\\[.*", "")), field + " " + message);
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage();
    }

    private static boolean isParameter(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last != null && last.getKind() == jakarta.validation.ElementKind.PARAMETER;
    }

    private static String leaf(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }
}
