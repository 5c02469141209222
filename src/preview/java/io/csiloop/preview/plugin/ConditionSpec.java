package io.csiloop.preview.plugin;

import org.w3c.dom.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <condition class>} of a module with its {@code <param>}s; a module shows only when all hold
 * (the preview supports the plain AND of top-level conditions, which is all the app declares).
 *
 * @param invert whether the condition's answer is negated ({@code invert="true"})
 */
public record ConditionSpec(String className, Map<String, String> params, boolean invert) {

    static List<ConditionSpec> of(Element module) {
        return PluginDescriptor.children(module, "condition").stream().map(c -> {
            Map<String, String> params = new LinkedHashMap<>();
            PluginDescriptor.children(c, "param").forEach(p -> params.put(p.getAttribute("name"), p.getAttribute("value")));
            return new ConditionSpec(c.getAttribute("class"), Map.copyOf(params), "true".equals(c.getAttribute("invert")));
        }).toList();
    }
}
