package io.csiloop.packaging;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads atlassian-plugin.xml the way Jira will at install time, without Jira: every class it names exists
 * and is of the right kind, every resource and template exists, every i18n key the descriptor, its
 * templates and its scripts use is in a bundle, module keys are unique, and web resources join only contexts
 * that load where the app shows something. Returns the problems, each a sentence; an empty list means the
 * descriptor is sound.
 */
final class DescriptorCheck {

    static final String PLUGIN_KEY = "io.csiloop.jira";
    private static final Set<String> KEYED_ELEMENTS = Set.of("label", "description", "tooltip");
    /**
     * The contexts a web resource may join: the app's own, which the context provider or servlet that shows
     * something requires through PageBuilderService, and Jira's dashboard context, which loads on dashboards only
     * (where the dashboard items' modules must be). Never atl.general, which loads on every Jira page.
     */
    private static final String OWN_CONTEXT_PREFIX = "csiloop.";
    private static final Set<String> JIRA_CONTEXTS_ALLOWED = Set.of("atl.dashboard");

    private final ClassLoader loader;
    private final List<String> problems = new ArrayList<>();
    private final List<I18nBundle> bundles = new ArrayList<>();
    private final Set<String> usedKeys = new HashSet<>();

    DescriptorCheck(ClassLoader loader) {
        this.loader = loader;
    }

    List<String> check(InputStream descriptor) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(descriptor);
        Element root = doc.getDocumentElement();
        if (!PLUGIN_KEY.equals(root.getAttribute("key"))) {
            problems.add("the plugin key is '" + root.getAttribute("key") + "', it must stay " + PLUGIN_KEY);
        }
        NodeList all = root.getElementsByTagName("*");
        Set<String> moduleKeys = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getParentNode() == root && !e.getAttribute("key").isEmpty() && !moduleKeys.add(e.getAttribute("key"))) {
                problems.add("module key '" + e.getAttribute("key") + "' is used twice");
            }
            checkElement(e);
        }
        for (I18nBundle bundle : bundles) {
            problems.addAll(bundle.problems());
        }
        if (bundles.isEmpty()) {
            problems.add("the descriptor declares no i18n resource");
        }
        for (String key : usedKeys) {
            if (bundles.stream().noneMatch(b -> b.has(key))) {
                problems.add("i18n key '" + key + "' is used but defined in no bundle");
            }
        }
        return List.copyOf(problems);
    }

    private void checkElement(Element e) throws IOException {
        String name = e.getTagName();
        if (!e.getAttribute("i18n-name-key").isEmpty()) {
            usedKeys.add(e.getAttribute("i18n-name-key"));
        }
        if (KEYED_ELEMENTS.contains(name) && !e.getAttribute("key").isEmpty()) {
            usedKeys.add(e.getAttribute("key"));
        }
        if (ModuleKinds.CLASS_ATTRIBUTES.containsKey(name) && !e.getAttribute("class").isEmpty()) {
            checkClass(e.getAttribute("class"), name, ModuleKinds.CLASS_ATTRIBUTES.get(name));
        }
        if (ModuleKinds.CLASS_ELEMENTS.containsKey(name)) {
            checkClass(e.getTextContent().strip(), name, ModuleKinds.CLASS_ELEMENTS.get(name));
        }
        if (name.equals("package") && e.getParentNode() instanceof Element parent && parent.getTagName().equals("rest")) {
            requireResource(e.getTextContent().strip().replace('.', '/'), "REST package");
        }
        if (name.equals("resource")) {
            checkResource(e);
        }
        if (name.equals("context") && e.getParentNode() instanceof Element parent
                && parent.getTagName().equals("web-resource")) {
            checkContext(parent.getAttribute("key"), e.getTextContent().strip());
        }
    }

    private void checkContext(String webResource, String context) {
        if (!context.startsWith(OWN_CONTEXT_PREFIX) && !JIRA_CONTEXTS_ALLOWED.contains(context)) {
            problems.add("web-resource '" + webResource + "' joins Jira's context '" + context + "'; it may join only"
                    + " the app's own contexts (" + OWN_CONTEXT_PREFIX + "…), required by what shows it, or "
                    + String.join(", ", JIRA_CONTEXTS_ALLOWED));
        }
    }

    private void checkResource(Element e) throws IOException {
        String type = e.getAttribute("type");
        String location = e.getAttribute("location");
        if (type.equals("i18n")) {
            bundles.add(I18nBundle.load(location.replace('.', '/') + ".properties", loader));
            return;
        }
        String path = location.startsWith("/") ? location.substring(1) : location;
        if (requireResource(path, type + " resource '" + e.getAttribute("name") + "'")
                && (path.endsWith(".vm") || path.endsWith(".js"))) {
            try (InputStream in = loader.getResourceAsStream(path)) {
                usedKeys.addAll(TemplateKeys.in(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
    }

    private boolean requireResource(String path, String what) {
        if (loader.getResource(path) == null) {
            problems.add(what + " points at '" + path + "', which does not exist");
            return false;
        }
        return true;
    }

    private void checkClass(String className, String element, String expectedType) {
        Class<?> type = load(expectedType);
        Class<?> cls = load(className);
        if (cls == null) {
            problems.add("class " + className + " named by <" + element + "> does not exist");
        } else if (type == null) {
            problems.add("<" + element + "> needs the Jira type " + expectedType + ", which has no stand-in");
        } else if (!type.isAssignableFrom(cls)) {
            problems.add(className + " named by <" + element + "> is not a " + expectedType);
        } else if (ModuleKinds.isInstantiatedByJira(element)) {
            checkInjectable(cls, element);
        }
    }

    private void checkInjectable(Class<?> cls, String element) {
        int modifiers = cls.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isAbstract(modifiers) || cls.isInterface()) {
            problems.add(cls.getName() + " named by <" + element + "> must be a public concrete class");
        } else if (cls.getConstructors().length != 1) {
            problems.add(cls.getName() + " named by <" + element + "> must have exactly one public constructor"
                    + " for Jira to inject, it has " + cls.getConstructors().length);
        }
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
