package io.csiloop.preview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Optional;

/**
 * One request to a servlet module, seen through jakarta.servlet's request and response over the preview's
 * {@link Exchange}. Only what the app's servlets use is implemented (parameters, method, path and query, the body
 * written through a writer, the status, errors, redirects and headers); every other method throws
 * {@link UnsupportedOperationException}, so that a servlet relying on more than the preview checked fails here rather
 * than meeting a kinder stand-in.
 */
final class ServletExchange {

    private final Exchange exchange;
    private final String servletPath;
    private final StringWriter body = new StringWriter();
    private final PrintWriter writer = new PrintWriter(body);
    private int status = HttpServletResponse.SC_OK;
    private String errorMessage;
    private boolean sentError;
    private String contentType;
    private boolean committed;
    private String redirect;

    ServletExchange(Exchange exchange, String servletPath) {
        this.exchange = exchange;
        this.servletPath = servletPath;
    }

    HttpServletRequest request() {
        return proxy(HttpServletRequest.class, (self, method, args) -> switch (method.getName()) {
            case "getParameter" -> exchange.query((String) args[0]).orElse(null);
            case "getMethod" -> exchange.method();
            case "getRequestURI" -> exchange.path();
            case "getQueryString" -> exchange.rawQuery().orElse(null);
            case "getServletPath" -> "/plugins/servlet";
            case "getPathInfo" -> servletPath;
            case "getProtocol" -> "HTTP/1.1";
            case "getHeader" -> exchange.header((String) args[0]).orElse(null);
            case "getLocale" -> Locale.ENGLISH;
            default -> unsupported("HttpServletRequest", method.getName());
        });
    }

    HttpServletResponse response() {
        return proxy(HttpServletResponse.class, (self, method, args) -> switch (method.getName()) {
            case "setContentType" -> {
                contentType = (String) args[0];
                yield null;
            }
            case "getContentType" -> contentType;
            case "setCharacterEncoding" -> null;
            case "getWriter" -> {
                committed = true;
                yield writer;
            }
            case "setStatus" -> {
                status = (Integer) args[0];
                yield null;
            }
            case "getStatus" -> status;
            case "sendError" -> {
                if (committed) {
                    throw new IllegalStateException("sendError after the response was written");
                }
                status = (Integer) args[0];
                sentError = true;
                errorMessage = args.length > 1 ? (String) args[1] : null;
                committed = true;
                yield null;
            }
            case "setHeader", "addHeader" -> {
                exchange.setHeader((String) args[0], (String) args[1]);
                yield null;
            }
            case "sendRedirect" -> {
                if (committed) {
                    throw new IllegalStateException("sendRedirect after the response was written");
                }
                redirect = (String) args[0];
                committed = true;
                yield null;
            }
            case "isCommitted" -> committed;
            default -> unsupported("HttpServletResponse", method.getName());
        });
    }

    int status() {
        return status;
    }

    /**
     * The message of {@code sendError}, if the servlet sent one. Only {@code sendError} gets the error page: a servlet
     * that sets an error status and writes its own body is answered with that body, as Tomcat answers it in Jira
     * (its error pages are for responses marked in error, which {@code setStatus} does not do).
     */
    Optional<String> error() {
        return sentError ? Optional.of(errorMessage == null ? "" : errorMessage) : Optional.empty();
    }

    /** Where the servlet sent the browser with {@code sendRedirect}, if it did. */
    Optional<String> redirect() {
        return Optional.ofNullable(redirect);
    }

    Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    String body() {
        writer.flush();
        return body.toString();
    }

    private static Object unsupported(String type, String method) {
        throw new UnsupportedOperationException(type + "." + method + " is not offered by the preview's servlet host");
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> type.getSimpleName() + " of the preview";
                };
            }
            return handler.invoke(self, method, args == null ? new Object[0] : args);
        }));
    }
}
