package io.csiloop.preview.render;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

import java.util.Arrays;
import java.util.Set;

/**
 * Velocity's introspector with Jira's method allowlist in front: a method call or a property read
 * ({@code $row.name} calls {@code getName()}) on one of the app's classes that the allowlist does not name fails
 * the rendering, as Jira 11 blocks it. Velocity builds this class by name, so {@link Templates} sets the allowlist
 * in force before the engine starts.
 */
public final class AllowlistUberspector extends UberspectImpl {

    private static volatile MethodAllowlist allowlist = new MethodAllowlist(Set.of());

    static void use(MethodAllowlist methods) {
        allowlist = methods;
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        VelMethod method = super.getMethod(obj, methodName, args, info);
        if (method != null && obj != null) {
            require(obj.getClass(), method.getMethodName(), args == null ? 0 : args.length, info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        VelPropertyGet get = super.getPropertyGet(obj, identifier, info);
        if (get != null && obj != null && get.getMethodName() != null) {
            require(obj.getClass(), get.getMethodName(), 0, info);
        }
        return get;
    }

    private static void require(Class<?> type, String name, int arity, Info info) {
        if (!MethodAllowlist.governs(type)) {
            return;
        }
        boolean permitted = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                .anyMatch(m -> allowlist.permits(type, m));
        if (!permitted) {
            throw new MethodNotAllowlisted(type.getName() + "#" + name + " (" + arity + " arguments) is not in the"
                    + " velocity-allowlist; called in " + info.getTemplateName() + " line " + info.getLine());
        }
    }

    /** A template called a method Jira would block. */
    public static final class MethodNotAllowlisted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MethodNotAllowlisted(String message) {
            super(message);
        }
    }
}
