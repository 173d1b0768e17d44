package com.creditwb.workbench.common.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page for requests the server refuses before the application sees them (an encoded NUL or
 * control character in the path): under {@code /api/} it is the API's JSON error shape, elsewhere Tomcat's page.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getDecodedRequestURI() == null ? request.getRequestURI() : request.getDecodedRequestURI();
        if (uri == null || !uri.startsWith("/api/")) {
            super.report(request, response, throwable);
            return;
        }
        // as Tomcat's own: only an error nothing has answered yet (the application's JSON answers are left alone)
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || response.isCommitted() || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(ApiJson.message(message(request, response.getStatus() == 400 ? "api.error.rejectedRequest"
                    : "api.error.notServed")));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone: nothing more to say
        }
    }

    /** The message in the request's language (Tomcat refuses before Spring's message source is reached). */
    private static String message(Request request, String key) {
        java.util.Locale locale = com.creditwb.workbench.common.i18n.Locales.supported(request.getLocale());
        return java.util.ResourceBundle.getBundle("messages", locale).getString(key);
    }
}
