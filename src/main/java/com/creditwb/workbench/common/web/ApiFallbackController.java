package com.creditwb.workbench.common.web;

import com.creditwb.workbench.common.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the API answers when no operation takes a request under {@code /api/}: 404 JSON for an unknown path
 * (not the UI's index page), 405 with {@code Allow} for a path that exists with other methods, 415 or 406
 * for a content type it does not take or give — in the API's JSON error shape, through {@link ApiErrorHandler}.
 * (Without this the request would fall through to the Vaadin servlet, which answers 200 with its page.)
 */
@RestController
class ApiFallbackController {

    private final RequestMappingHandlerMapping mappings;

    ApiFallbackController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    @io.swagger.v3.oas.annotations.Hidden
    Object fallback(HttpServletRequest request) throws Exception {
        Set<HttpMethod> allowed = new java.util.LinkedHashSet<>();
        boolean methodMatched = false;
        RequestMappingInfo sameMethod = null;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            if (handler.getBeanType() == ApiFallbackController.class || info.getPathPatternsCondition() == null
                    || info.getPathPatternsCondition().getMatchingCondition(request) == null) {
                continue;
            }
            if (info.getMethodsCondition().getMatchingCondition(request) != null) {
                methodMatched = true;
                sameMethod = info;
            } else {
                info.getMethodsCondition().getMethods().forEach(m -> allowed.add(HttpMethod.valueOf(m.name())));
                if (info.getMethodsCondition().getMethods().isEmpty()) {
                    EnumSet.allOf(org.springframework.web.bind.annotation.RequestMethod.class)
                            .forEach(m -> allowed.add(HttpMethod.valueOf(m.name())));
                }
            }
        }
        if (methodMatched) {
            // the path and method exist: the content type, the accepted type or a parameter did not fit
            if (sameMethod.getConsumesCondition().getMatchingCondition(request) == null) {
                MediaType type = null;
                try {
                    type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
                } catch (org.springframework.util.InvalidMimeTypeException unreadable) {
                    // reported as "not supported" all the same
                }
                throw new HttpMediaTypeNotSupportedException(type,
                        sameMethod.getConsumesCondition().getConsumableMediaTypes().stream().toList());
            }
            if (sameMethod.getProducesCondition().getMatchingCondition(request) == null) {
                throw new HttpMediaTypeNotAcceptableException(sameMethod.getProducesCondition().getProducibleMediaTypes().stream().toList());
            }
            throw new UnsatisfiedServletRequestParameterException(new String[0], request.getParameterMap());
        }
        if (!allowed.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed.stream().map(HttpMethod::name).toList());
        }
        throw new NotFoundException("path", request.getRequestURI());
    }
}
