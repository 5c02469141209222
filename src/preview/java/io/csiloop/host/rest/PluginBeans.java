package io.csiloop.host.rest;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.internal.inject.InstanceBinding;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plugin's beans offered to Jersey's injection (HK2), as Jira's REST v2 offers the plugin context to the
 * resources and providers it builds: each bean under its class and every supertype but {@code Object}, as
 * Spring autowires by type. A type that several beans have is offered by none of them, so a constructor asking
 * for it fails as Spring's autowiring fails on an ambiguous type. Jersey still builds the classes itself, so a
 * constructor without {@code jakarta.inject.Inject} is refused here as in Jira.
 */
final class PluginBeans extends AbstractBinder {

    private final List<Object> beans;

    PluginBeans(List<Object> beans) {
        this.beans = List.copyOf(beans);
    }

    @Override
    protected void configure() {
        for (Object bean : beans) {
            List<Type> contracts = typesOf(bean.getClass()).stream().filter(this::offeredByOneBean)
                    .map(Type.class::cast).toList();
            if (!contracts.isEmpty()) {
                InstanceBinding<Object> binding = bind(bean);
                contracts.forEach(binding::to);
            }
        }
    }

    private boolean offeredByOneBean(Class<?> type) {
        return beans.stream().filter(type::isInstance).count() == 1;
    }

    /** The class, its superclasses and every interface it implements, but never {@code Object}. */
    private static Set<Class<?>> typesOf(Class<?> type) {
        Set<Class<?>> types = new LinkedHashSet<>();
        List<Class<?>> pending = new ArrayList<>(List.of(type));
        while (!pending.isEmpty()) {
            Class<?> next = pending.remove(0);
            if (next != Object.class && types.add(next)) {
                if (next.getSuperclass() != null) {
                    pending.add(next.getSuperclass());
                }
                pending.addAll(List.of(next.getInterfaces()));
            }
        }
        return types;
    }
}
