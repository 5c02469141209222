package io.csiloop.preview.web;

import io.csiloop.preview.demo.CurrentUser;
import io.csiloop.preview.plugin.Modules;
import io.csiloop.preview.plugin.PluginDescriptor;
import io.csiloop.preview.plugin.ServletModule;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /plugins/servlet/…}: the servlet modules of the descriptor, as Jira hosts them. Each is built once from the
 * app's beans through its one public constructor (as the plugin system autowires it) and initialised; a request goes
 * to the module whose URL pattern matches, through {@link ServletExchange}. What the servlet writes is decorated as
 * Jira's SiteMesh does ({@link SiteMeshPage}): title and body inside the host page, with the web resources the
 * servlet required through the page builder. A {@code sendError} gets the host's error page with its status, a
 * {@code sendRedirect} its redirect.
 *
 * <p>An anonymous request reaches the servlet as any other: the host asks for no login first. In Jira a servlet module
 * is not behind a login either; the servlet finds out who is asking and sends an anonymous visitor to the login
 * itself, as the Atlassian SDK's "Control access with SAL" tutorial does (SAL's {@code UserManager} for the user,
 * {@code LoginUriProvider.getLoginUri} for the redirect). Asking here first would hide a servlet that forgot to.
 */
public final class ServletHost implements Route {

    private final PluginDescriptor descriptor;
    private final Modules modules;
    private final HostPage page;
    private final PageResources required;
    private final CurrentUser current;
    private final String prefix;
    private final Map<String, HttpServlet> built = new ConcurrentHashMap<>();

    public ServletHost(PluginDescriptor descriptor, Modules modules, HostPage page, PageResources required,
                       CurrentUser current, String contextPath) {
        this.descriptor = descriptor;
        this.modules = modules;
        this.page = page;
        this.required = required;
        this.current = current;
        this.prefix = contextPath + "/plugins/servlet";
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        String path = exchange.path().substring(prefix.length());
        Optional<ServletModule> module = descriptor.servletAt(path);
        if (module.isEmpty()) {
            exchange.send(404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        required.during(exchange, e -> serve(e, module.get(), path));
    }

    private void serve(Exchange exchange, ServletModule module, String path) throws IOException {
        ServletExchange servletExchange = new ServletExchange(exchange, path);
        try {
            servlet(module).service(servletExchange.request(), servletExchange.response());
        } catch (ServletException e) {
            throw new IllegalStateException(module.key() + " failed", e);
        }
        Optional<String> redirect = servletExchange.redirect();
        if (redirect.isPresent()) {
            exchange.redirect(redirect.get());
            return;
        }
        Optional<String> error = servletExchange.error();
        if (error.isPresent()) {
            page.show(exchange, servletExchange.status(), "Error", current.get(), "preview/templates/servlet-error.vm",
                    Map.of("message", error.get()), List.of("atl.general"));
            return;
        }
        String html = servletExchange.body();
        SiteMeshPage decorated = SiteMeshPage.of(html);
        if (decorated.decorator().isEmpty()) {
            exchange.send(servletExchange.status(), servletExchange.contentType().orElse("text/plain"),
                    html.getBytes(StandardCharsets.UTF_8));
            return;
        }
        page.show(exchange, servletExchange.status(), decorated.title(), current.get(), "preview/templates/servlet.vm",
                Map.of("servletBodyHtml", decorated.bodyHtml()), SiteMeshPage.contextsOf(decorated.decorator().get()));
    }

    private HttpServlet servlet(ServletModule module) {
        return built.computeIfAbsent(module.key(), key -> {
            HttpServlet servlet = modules.build(module.className(), HttpServlet.class);
            try {
                servlet.init(config(module));
            } catch (ServletException e) {
                throw new IllegalStateException(module.key() + " would not initialise", e);
            }
            return servlet;
        });
    }

    /** The module's config: its name and no init parameters; the servlet context is not offered. */
    private static ServletConfig config(ServletModule module) {
        return (ServletConfig) Proxy.newProxyInstance(ServletConfig.class.getClassLoader(),
                new Class<?>[] {ServletConfig.class}, (self, method, args) -> switch (method.getName()) {
                    case "getServletName" -> module.key();
                    case "getInitParameter" -> null;
                    case "getInitParameterNames" -> Collections.emptyEnumeration();
                    case "toString" -> "ServletConfig of " + module.key();
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> throw new UnsupportedOperationException("ServletConfig." + method.getName()
                            + " is not offered by the preview's servlet host");
                });
    }
}
