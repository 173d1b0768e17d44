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
import tools.jackson.databind.exc.InvalidFormatException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

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
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException de && !de.getPath().isEmpty()) {
            field = de.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String message = field == null ? messages.get("api.error.unreadable") : messages.get("api.error.badValue");
        Class<?> enumType = enumType(cause);
        if (enumType != null) {
            Object value = cause instanceof InvalidFormatException ife ? ife.getValue()
                    : cause.getCause() instanceof com.creditwb.workbench.common.AcceptsAliases.UnknownValue u ? u.value() : null;
            String accepted = java.util.Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            message = messages.get(com.creditwb.workbench.common.AcceptsAliases.class.isAssignableFrom(enumType) ? "api.error.enumValueAliases" : "api.error.enumValue",
                    value == null ? "" : String.valueOf(value), accepted);
        } else if (cause instanceof tools.jackson.databind.exc.InvalidNullException) {
            message = messages.get("validation.required");
        } else if (cause instanceof DatabindException de && de.getCause() instanceof BoundedDecimals.OutOfBounds bounds) {
            message = messages.get(bounds.messageKey(), bounds.arguments());
        } else if (cause instanceof DatabindException de && de.getMessage() != null && de.getMessage().contains("out of range")) {
            message = messages.get("api.error.outOfRange");
        }
        return ResponseEntity.badRequest().body(List.of(new FieldError(field, message)));
    }

    /** The enumeration a value could not be read as, if that was the problem. */
    private static Class<?> enumType(Throwable cause) {
        if (cause instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            return ife.getTargetType();
        }
        if (cause instanceof tools.jackson.databind.exc.ValueInstantiationException vie && vie.getType() != null
                && vie.getType().getRawClass().isEnum()) {
            return vie.getType().getRawClass();
        }
        return null;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiMessage> unsupportedType(HttpMediaTypeNotSupportedException e) {
        String accepted = e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new ApiMessage(messages.get("api.error.contentType", String.valueOf(e.getContentType()), accepted)));
    }

    /** Written past the message converters: the request asked for a type the error cannot be given in either. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpMediaTypeNotAcceptableException e, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        ApiRequestHeaders.refuse(response, HttpStatus.NOT_ACCEPTABLE.value(), messages.get("api.error.notAcceptable"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiMessage> unsupportedMethod(HttpRequestMethodNotSupportedException e) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED);
        if (e.getSupportedHttpMethods() != null) {
            b.allow(e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new));
        }
        return b.body(new ApiMessage(messages.get("api.error.method", e.getMethod())));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<List<FieldError>> missingPart(Exception e) {
        String part = e instanceof MissingServletRequestPartException m ? m.getRequestPartName() : null;
        return ResponseEntity.badRequest().body(List.of(new FieldError(part,
                messages.get(part == null ? "api.error.multipart" : "api.error.missingPart", part))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiMessage> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(new ApiMessage(messages.get("api.error.tooLarge")));
    }

    @ExceptionHandler(org.springframework.web.bind.ServletRequestBindingException.class)
    ResponseEntity<List<FieldError>> binding(org.springframework.web.bind.ServletRequestBindingException e) {
        return ResponseEntity.badRequest().body(List.of(new FieldError(null, messages.get("api.error.badValue"))));
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
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiMessage(messages.get(ConcurrentEditException.MESSAGE_KEY)));
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
