package io.csiloop.preview.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The preview's {@link PageBuilderService}: the web-resource contexts the app's context providers and servlets
 * require while one page is drawn, in the order they asked, which {@link HostPage} then loads, as Jira's page
 * builder collects them for the request. Asking outside a page fails, as there is no page to add them to.
 */
public final class PageResources implements PageBuilderService {

    private final ThreadLocal<Set<String>> required = new ThreadLocal<>();

    /** Answers the exchange with the route, collecting what the page it draws requires. */
    void during(Exchange exchange, Route page) throws IOException {
        Set<String> outer = required.get();
        required.set(new LinkedHashSet<>());
        try {
            page.handle(exchange);
        } finally {
            required.set(outer);
        }
    }

    /** The contexts the page being drawn has required so far. */
    List<String> required() {
        Set<String> contexts = required.get();
        return contexts == null ? List.of() : List.copyOf(contexts);
    }

    @Override
    public WebResourceAssembler assembler() {
        Set<String> contexts = required.get();
        if (contexts == null) {
            throw new IllegalStateException("web resources were required outside a page request");
        }
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireContext(String context) {
                contexts.add(context);
                return this;
            }
        };
    }
}
