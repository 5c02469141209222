package io.csiloop.packaging;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes atlassian-plugin.xml asks Jira to construct (entities are AO's, not constructed by Spring),
 * including the resources and providers a {@code <rest>} module finds in its packages.
 */
final class ModuleClasses {

    static List<String> in(InputStream descriptor, ClassLoader loader) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList all = factory.newDocumentBuilder().parse(descriptor).getDocumentElement().getElementsByTagName("*");
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getTagName();
            if (ModuleKinds.CLASS_ATTRIBUTES.containsKey(name) && !e.getAttribute("class").isEmpty()) {
                classes.add(e.getAttribute("class"));
            } else if (ModuleKinds.CLASS_ELEMENTS.containsKey(name) && ModuleKinds.isInstantiatedByJira(name)) {
                classes.add(e.getTextContent().strip());
            } else if (name.equals("package") && e.getParentNode() instanceof Element parent
                    && parent.getTagName().equals("rest")) {
                classes.addAll(RestClasses.in(e.getTextContent().strip(), loader));
            }
        }
        return classes;
    }

    private ModuleClasses() {
    }
}
