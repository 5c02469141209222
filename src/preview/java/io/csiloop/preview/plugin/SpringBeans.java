package io.csiloop.preview.plugin;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's beans as its Spring context inside Jira declares them (META-INF/spring/plugin-context.xml), built by the
 * preview in the same order and the same way, by constructor, so that the preview runs the app's own wiring. Beans
 * of packages the host replaces are left out: the Jira implementations of the ports ({@code io.csiloop.jira.host},
 * which the preview's demo directory stands in for) and the REST API's services (which the REST host builds).
 */
public final class SpringBeans {

    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final List<String> HOST_PACKAGES = List.of("io.csiloop.jira.host.", "io.csiloop.rest.");

    private SpringBeans() {
    }

    /** Builds the app's beans into the modules' services, each able to use those built before it. */
    public static void build(Modules modules) {
        for (String className : declared()) {
            if (HOST_PACKAGES.stream().noneMatch(className::startsWith)) {
                modules.add(modules.build(className, Object.class));
            }
        }
    }

    /** The classes of the plain {@code <bean>}s of the plugin context, in order. */
    static List<String> declared() {
        try (InputStream in = SpringBeans.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            NodeList beans = factory.newDocumentBuilder().parse(in).getDocumentElement().getElementsByTagNameNS(BEANS, "bean");
            List<String> classes = new ArrayList<>();
            for (int i = 0; i < beans.getLength(); i++) {
                classes.add(((Element) beans.item(i)).getAttribute("class"));
            }
            return classes;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the plugin's Spring context", e);
        }
    }
}
