package io.csiloop.jira.web;

import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.MessageSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * How the settings forms are posted and answered: the request must carry {@code X-Atlassian-Token: no-check} (Jira's
 * XSRF convention for requests a script makes; a form on another site cannot add the header), and the answer is JSON,
 * {@code {"ok":true}} or {@code {"errors":[{"field":"cron","message":"…"}]}} with the messages translated.
 */
final class FormReply {

    static final String XSRF_HEADER = "X-Atlassian-Token";

    private FormReply() {
    }

    /** Whether the request carries the XSRF header the page's script sends. */
    static boolean fromOurPage(HttpServletRequest request) {
        return "no-check".equals(request.getHeader(XSRF_HEADER));
    }

    static void ok(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_OK, "{\"ok\":true}");
    }

    static void invalid(HttpServletResponse response, List<FieldError> errors, MessageSource messages) throws IOException {
        StringBuilder json = new StringBuilder("{\"errors\":[");
        for (int i = 0; i < errors.size(); i++) {
            FieldError error = errors.get(i);
            json.append(i == 0 ? "" : ",").append("{\"field\":").append(quote(error.field())).append(",\"message\":")
                    .append(quote(messages.text(error.messageKey(), error.params()))).append('}');
        }
        write(response, HttpServletResponse.SC_BAD_REQUEST, json.append("]}").toString());
    }

    static void refused(HttpServletResponse response, int status, String message) throws IOException {
        write(response, status, "{\"errors\":[{\"field\":\"\",\"message\":" + quote(message) + "}]}");
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json);
    }

    /** A JSON string: quotes, backslashes and control characters escaped, and {@code <} so no tag can close. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                case '<' -> quoted.append("\\u003c");
                default -> quoted.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return quoted.append('"').toString();
    }
}
