package io.csiloop.host.rest;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds objects the way Jira's plugin context does (docs/packaging.md 2.3): through their one public
 * constructor, each parameter filled by the one bean assignable to it. A class with another number of public
 * constructors, or a parameter that no bean or several beans match, is refused with the reason, so the host
 * fails where Jira's Spring context would.
 */
final class ConstructorWiring {

    private final List<Object> beans = new ArrayList<>();

    /** Makes the objects available to later constructors. */
    ConstructorWiring with(Object... instances) {
        beans.addAll(List.of(instances));
        return this;
    }

    /** Every bean so far: the host's and those built here. */
    List<Object> beans() {
        return List.copyOf(beans);
    }

    /** Builds an instance of the class and makes it available as a bean too. */
    <T> T bean(Class<T> type) {
        T instance = build(type);
        beans.add(instance);
        return instance;
    }

    /**
     * The bean of exactly this class if the host already supplied one (the preview builds the whole plugin
     * context, tests only the ports), otherwise a new one as {@link #bean(Class)} builds it.
     */
    <T> T existingOrNew(Class<T> type) {
        return beans.stream().filter(b -> b.getClass() == type).map(type::cast).findFirst().orElseGet(() -> bean(type));
    }

    /** Builds an instance of the class from the beans so far. */
    private <T> T build(Class<T> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs exactly one public constructor, it has "
                    + constructors.length);
        }
        Class<?>[] parameters = constructors[0].getParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = theOne(type, parameters[i]);
        }
        try {
            return type.cast(constructors[0].newInstance(arguments));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("building " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private Object theOne(Class<?> owner, Class<?> parameter) {
        List<Object> matches = beans.stream().filter(parameter::isInstance).toList();
        if (matches.size() != 1) {
            throw new IllegalStateException(owner.getName() + ": parameter " + parameter.getName() + " matches "
                    + matches.size() + " beans");
        }
        return matches.get(0);
    }
}
