package io.csiloop.preview.plugin;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The app's atlassian-plugin.xml (as Maven filtered it onto the class path) read the way Jira's plugin system
 * reads it, for the modules the preview hosts: web panels, web items, web resources, dashboard items, servlets, the
 * velocity allowlist and the Active Objects entities and upgrade tasks. The preview renders exactly what the
 * descriptor declares, so a module missing there is missing in the preview too.
 */
public final class PluginDescriptor {

    private final String pluginKey;
    private final List<WebPanel> panels = new ArrayList<>();
    private final List<WebItem> items = new ArrayList<>();
    private final Map<String, WebResource> resources = new LinkedHashMap<>();
    private final List<DashboardItem> dashboardItems = new ArrayList<>();
    private final List<ServletModule> servlets = new ArrayList<>();
    private final Set<String> allowlist = new TreeSet<>();
    private final List<String> entities = new ArrayList<>();
    private final List<String> upgradeTasks = new ArrayList<>();

    private PluginDescriptor(Element root) {
        pluginKey = root.getAttribute("key");
        for (Element module : children(root, null)) {
            switch (module.getTagName()) {
                case "web-panel" -> panels.add(WebPanel.of(module));
                case "web-item" -> items.add(WebItem.of(module));
                case "web-resource" -> resources.put(module.getAttribute("key"), WebResource.of(module));
                case "dashboard-item" -> dashboardItems.add(DashboardItem.of(module));
                case "servlet" -> servlets.add(ServletModule.of(module));
                case "velocity-allowlist" -> children(module, "method").forEach(m -> allowlist.add(text(m)));
                case "ao" -> {
                    children(module, "entity").forEach(e -> entities.add(text(e)));
                    children(module, "upgradeTask").forEach(e -> upgradeTasks.add(text(e)));
                }
                default -> { }
            }
        }
    }

    /** The descriptor on the class path. */
    public static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("no atlassian-plugin.xml on the class path: build with Maven first");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in).getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml", e);
        }
    }

    public String pluginKey() {
        return pluginKey;
    }

    /** The web panels at a location, lightest weight first, as Jira orders them. */
    public List<WebPanel> panelsAt(String location) {
        return panels.stream().filter(p -> p.location().equals(location))
                .sorted(Comparator.comparingInt(WebPanel::weight)).toList();
    }

    /** The web items in a section, lightest weight first. */
    public List<WebItem> itemsIn(String section) {
        return items.stream().filter(i -> i.section().equals(section))
                .sorted(Comparator.comparingInt(WebItem::weight)).toList();
    }

    public Optional<WebResource> resource(String key) {
        return Optional.ofNullable(resources.get(key));
    }

    public List<WebResource> resourcesInContext(String context) {
        return resources.values().stream().filter(r -> r.contexts().contains(context)).toList();
    }

    public List<DashboardItem> dashboardItems() {
        return List.copyOf(dashboardItems);
    }

    /** The servlet module serving a path under {@code /plugins/servlet}, if one does. */
    public Optional<ServletModule> servletAt(String path) {
        return servlets.stream().filter(s -> s.serves(path)).findFirst();
    }

    public List<ServletModule> servlets() {
        return List.copyOf(servlets);
    }

    public Set<String> allowlist() {
        return Set.copyOf(allowlist);
    }

    public List<String> entities() {
        return List.copyOf(entities);
    }

    public List<String> upgradeTasks() {
        return List.copyOf(upgradeTasks);
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE
                    && (tag == null || ((Element) nodes.item(i)).getTagName().equals(tag))) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    static Optional<Element> child(Element parent, String tag) {
        return children(parent, tag).stream().findFirst();
    }

    static String text(Element element) {
        return element.getTextContent().strip();
    }

    /** The {@code location} of the module's velocity resource called {@code view}. */
    static String view(Element module) {
        return children(module, "resource").stream()
                .filter(r -> r.getAttribute("type").equals("velocity") && r.getAttribute("name").equals("view"))
                .map(r -> r.getAttribute("location")).findFirst()
                .orElseThrow(() -> new IllegalStateException(module.getAttribute("key") + " has no velocity view"));
    }

    /** The class of the module's {@code <context-provider>}, if it has one. */
    static Optional<String> contextProvider(Element module) {
        return child(module, "context-provider").map(e -> e.getAttribute("class"));
    }

    static int weight(Element module) {
        String weight = module.getAttribute("weight");
        return weight.isEmpty() ? 1000 : Integer.parseInt(weight);
    }
}
