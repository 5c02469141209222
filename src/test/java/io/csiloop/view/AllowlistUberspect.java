package io.csiloop.view;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jira 11's Velocity method allowlist, brought into tests: any method a template calls on a class of the plugin
 * (compiled from src/main) must be listed in the descriptor's {@code <velocity-allowlist>}, or rendering fails
 * as it would in Jira. Entries are written as Jira's module takes them: {@code class#method(type type)}.
 */
public final class AllowlistUberspect extends UberspectImpl {

    static volatile Set<String> allowed = Set.of();

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        Method method = obj == null ? null : introspector.getMethod(obj.getClass(), methodName, args);
        if (method != null) {
            check(obj.getClass(), methodName + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getName)
                    .collect(Collectors.joining(" ")) + ")");
        }
        return super.getMethod(obj, methodName, args, info);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
        if (getter != null && getter.getMethodName() != null) {
            check(obj.getClass(), getter.getMethodName() + "()");
        }
        return getter;
    }

    private static void check(Class<?> type, String call) {
        var location = type.getResource("/" + type.getName().replace('.', '/') + ".class");
        boolean plugin = location != null && location.toString().contains("/target/classes/")
                && type.getName().startsWith("io.csiloop.");
        if (plugin && !allowed.contains(type.getName() + "#" + call)) {
            throw new IllegalStateException(type.getName() + "#" + call + " is not on the Velocity allowlist");
        }
    }
}
