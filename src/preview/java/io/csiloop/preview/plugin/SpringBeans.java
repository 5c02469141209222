package io.csiloop.preview.plugin;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The app's beans as its Spring context inside Jira declares them (META-INF/spring/plugin-context.xml), built by the
 * preview in the same order and the same way, by constructor, so that the preview runs the app's own wiring. Beans
 * of packages the host replaces are left out: the Jira implementations of the ports ({@code io.csiloop.jira.host},
 * which the preview's demo directory stands in for), the setup of issue types, statuses and workflows inside Jira
 * ({@code io.csiloop.jira.setup}, whose job the demo seed does), and the REST API's services (which the REST host
 * builds). The app's own web beans ({@code io.csiloop.jira.web}, the page servlets' login redirect) are built, over
 * the host's SAL services.
 */
public final class SpringBeans {

    private static final String BEANS = "http://www.springframework.org/schema/beans";
    /**
     * Beans the preview does not build from the context: Jira's side of the ports (the preview has its own), the REST
     * services (the REST host builds them), and the scheduled automation, which runs inside Jira only (its job,
     * JQL search, cluster locks and raised issues have no preview counterpart; its tables are still migrated).
     */
    private static final List<String> HOST_PACKAGES = List.of("io.csiloop.jira.host.", "io.csiloop.jira.setup.",
            "io.csiloop.application.setup.", "io.csiloop.rest.", "io.csiloop.jira.automation.",
            "io.csiloop.application.automation.", "io.csiloop.view.automation.");

    private SpringBeans() {
    }

    /**
     * Builds the app's beans into the modules' services. Like Spring, in whatever order their constructors allow:
     * a bean is built once everything it asks for is there; a bean that never can be fails the start.
     */
    public static void build(Modules modules) {
        List<String> pending = new ArrayList<>(declared().stream()
                .filter(c -> HOST_PACKAGES.stream().noneMatch(c::startsWith) && !modules.offers(c)).toList());
        while (!pending.isEmpty()) {
            List<String> ready = pending.stream().filter(modules::canBuild).toList();
            if (ready.isEmpty()) {
                modules.build(pending.get(0), Object.class); // fails, naming what is missing
            }
            ready.forEach(c -> modules.add(modules.build(c, Object.class)));
            pending.removeAll(ready);
        }
    }

    /**
     * The classes of the plugin context's {@code <bean>}s, in order, without those the host provides itself: beans
     * made by a factory method (the system clock, the JVM's zone: the preview has its own) and beans of a type the
     * host already offers (its reporting zone), so that every type stays unambiguous.
     */
    static List<String> declared() {
        try (InputStream in = SpringBeans.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            NodeList beans = factory.newDocumentBuilder().parse(in).getDocumentElement().getElementsByTagNameNS(BEANS, "bean");
            List<String> classes = new ArrayList<>();
            for (int i = 0; i < beans.getLength(); i++) {
                Element bean = (Element) beans.item(i);
                if (bean.getAttribute("factory-method").isEmpty()) {
                    classes.add(bean.getAttribute("class"));
                }
            }
            return classes;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the plugin's Spring context", e);
        }
    }
}
