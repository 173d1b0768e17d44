package com.creditwb.workbench.common.web;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.ValidationException.FieldError;
import com.creditwb.workbench.common.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

/**
 * How the REST API reports problems: 400 with a JSON list of {@code {field, message}} for invalid
 * input, 404 for unknown records, 409 for a stale version, 403 for a missing role, and 500 with a
 * reference id (details only in the log). Messages follow the request's Accept-Language.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    /** A problem in a few words, for errors that concern no single field. */
    public record ApiMessage(String message) {
    }

    private final Messages messages;

    public ApiErrorHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<List<FieldError>> invalid(ValidationException e) {
        return ResponseEntity.badRequest().body(e.getErrors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<List<FieldError>> unreadable(HttpMessageNotReadableException e) {
        String field = null;
        if (e.getCause() instanceof DatabindException de && !de.getPath().isEmpty()) {
            field = de.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String message = field == null ? messages.get("api.error.unreadable") : messages.get("api.error.badValue");
        return ResponseEntity.badRequest().body(List.of(new FieldError(field, message)));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<List<FieldError>> badParameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return ResponseEntity.badRequest().body(List.of(new FieldError(name, messages.get("api.error.badValue"))));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiMessage> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiMessage(messages.get("api.error.notFound", e.getKey())));
    }

    @ExceptionHandler({ConcurrentEditException.class, ObjectOptimisticLockingFailureException.class})
    ResponseEntity<ApiMessage> conflict(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiMessage(messages.get("error.concurrentEdit")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiMessage> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiMessage(messages.get("error.accessDenied")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected API error, reference {}", reference, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Map.of("message", messages.get("error.unexpected", reference), "reference", reference));
    }
}
