package com.creditwb.workbench.common.web;

import com.creditwb.workbench.common.i18n.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's headers are read before anything else reads the request: a {@code Content-Type} or {@code Accept} that
 * cannot be parsed (a bogus charset, no slash) and a multipart body without its boundary are refused here — 415, 406
 * or 400 in the API's JSON error shape — instead of failing later inside the security filters or the body readers
 * (which answered 500, or 403 with an empty body); a write a browser sends from another site or origin is refused
 * with 403 ({@link #crossSite}). Registered first for {@code /api/*} ({@link ApiConfig}).
 */
public class ApiRequestHeaders extends OncePerRequestFilter {

    private final Messages messages;

    public ApiRequestHeaders(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && crossSite(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, messages.get("api.error.crossSite"));
            return;
        }
        String contentType = request.getHeader("Content-Type");
        if (contentType != null) {
            MediaType type;
            try {
                type = MediaType.parseMediaType(contentType);
            } catch (RuntimeException unreadable) {
                refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, messages.get("api.error.contentTypeUnreadable",
                        printable(contentType)));
                return;
            }
            if (type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA) && (type.getParameter("boundary") == null
                    || type.getParameter("boundary").isBlank())) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, messages.get("api.error.multipart"));
                return;
            }
            if (type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
                try {
                    request.getParts(); // read here, within the upload limits, so that a broken body is a 400 and not a failure later
                } catch (IllegalStateException tooLarge) {
                    refuse(response, 413, messages.get("api.error.tooLarge"));
                    return;
                } catch (IOException | ServletException | RuntimeException broken) {
                    refuse(response, HttpServletResponse.SC_BAD_REQUEST, messages.get("api.error.multipart"));
                    return;
                }
            }
        }
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.isBlank()) {
            try {
                List<MediaType> accepted = MediaType.parseMediaTypes(accept);
                accepted.forEach(MediaType::getCharset);
                if (accepted.stream().noneMatch(ApiRequestHeaders::answerable)) {
                    refuse(response, HttpServletResponse.SC_NOT_ACCEPTABLE, messages.get("api.error.notAcceptable"));
                    return;
                }
            } catch (RuntimeException unreadable) {
                refuse(response, HttpServletResponse.SC_NOT_ACCEPTABLE, messages.get("api.error.notAcceptable"));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    /**
     * Whether a browser sent the write from another site or origin (another port or a sibling subdomain counts):
     * {@code Sec-Fetch-Site} other than same-origin or none, or an {@code Origin} whose host and port are not the
     * request's own. Browsers re-send cached Basic credentials, so without this a page elsewhere could post a file
     * with {@code mode:'no-cors'}. Clients that are not browsers (an ERP) send neither header and are not affected.
     */
    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            java.net.URI o = java.net.URI.create(origin.strip());
            if (o.getHost() == null || host == null) {
                return true;
            }
            int port = o.getPort() > 0 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            String own = host.strip().toLowerCase(java.util.Locale.ROOT);
            String theirs = o.getHost().toLowerCase(java.util.Locale.ROOT);
            return !(own.equals(theirs + ":" + port) || (own.equals(theirs) && (port == 80 || port == 443)));
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    /** The types the API answers in: JSON (its answers and every error), workbooks, documents and attached files. */
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/*+json"),
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_PDF, MediaType.parseMediaType("text/csv"),
            MediaType.parseMediaType("text/calendar"), MediaType.APPLICATION_PROBLEM_JSON, MediaType.parseMediaType("image/*"),
            MediaType.TEXT_PLAIN, MediaType.parseMediaType("application/msword"), MediaType.parseMediaType("application/vnd.ms-excel"));

    /** Whether an accepted type admits one the API answers in (a request that admits none could not even be told why). */
    static boolean answerable(MediaType accepted) {
        return ANSWERS.stream().anyMatch(accepted::isCompatibleWith);
    }

    /** Writes the API's one-message error whatever the request asked for. */
    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ApiJson.message(message));
    }

    /** A header value as it may be quoted back: printable characters only, at most 100 of them. */
    static String printable(String value) {
        String p = value.replaceAll("\\p{Cntrl}", "?");
        return p.length() > 100 ? p.substring(0, 100) + "…" : p;
    }
}
