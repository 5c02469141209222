package io.csiloop.preview.render;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jira's Velocity method allowlist (jira-platform.md 13) as the preview enforces it: a template may call a
 * method of the app's own classes only when the descriptor's {@code <velocity-allowlist>} names it, as
 * {@code io.csiloop.view.KpiRow#getName()} with parameter types separated by spaces. The host's own classes
 * (the preview host standing in for Jira) are Jira's business and pass.
 *
 * @param entries every {@code <method>} of the descriptor's allowlists
 */
public record MethodAllowlist(Set<String> entries) {

    private static final String APP = "io.csiloop.";
    private static final String[] HOST = {"io.csiloop.preview.", "io.csiloop.host."};

    public MethodAllowlist {
        entries = Set.copyOf(entries);
    }

    /** Whether the class is one of the app's own (not the host's), whose methods the allowlist governs. */
    public static boolean governs(Class<?> target) {
        String name = target.getName();
        return name.startsWith(APP) && Arrays.stream(HOST).noneMatch(name::startsWith);
    }

    /** Whether a template may call the method on an object of the class. */
    public boolean permits(Class<?> target, Method method) {
        return !governs(target) || entries.contains(entry(method.getDeclaringClass(), method))
                || entries.contains(entry(target, method));
    }

    /** The allowlist entry that names the method on the class. */
    public static String entry(Class<?> type, Method method) {
        return type.getName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getName).collect(Collectors.joining(" ")) + ")";
    }
}
