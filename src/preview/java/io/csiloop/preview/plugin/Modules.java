package io.csiloop.preview.plugin;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the module classes the descriptor names (context providers, conditions) as Jira's plugin container does:
 * through their one public constructor, each parameter filled with the one host service or app bean of its type,
 * then {@code init} with the module's params. Jira keeps one instance per module, and so does the preview.
 */
public final class Modules {

    private final List<Object> services = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, Object> built = new ConcurrentHashMap<>();

    /** @param services what the host offers to constructors: the ports, repositories and app services */
    public Modules(List<Object> services) {
        this.services.addAll(services);
    }

    /** Offers one more service to later constructors. */
    public void add(Object service) {
        services.add(service);
    }

    /** Every service offered so far. */
    public List<Object> services() {
        return List.copyOf(services);
    }

    public ContextProvider contextProvider(String className) {
        return (ContextProvider) built.computeIfAbsent("cp:" + className, k -> {
            ContextProvider provider = construct(className, ContextProvider.class);
            provider.init(Map.of());
            return provider;
        });
    }

    public Condition condition(ConditionSpec spec) {
        return (Condition) built.computeIfAbsent("c:" + spec, k -> {
            Condition condition = construct(spec.className(), Condition.class);
            condition.init(spec.params());
            return condition;
        });
    }

    /** Whether every condition holds for the context (each inverted where the descriptor says so). */
    public boolean shows(List<ConditionSpec> conditions, Map<String, Object> context) {
        return conditions.stream().allMatch(c -> condition(c).shouldDisplay(context) != c.invert());
    }

    /** The first service of the type. */
    public <T> T one(Class<T> type) {
        return services.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getName() + " in the preview"));
    }

    /** Whether a service of exactly this class is offered already. */
    public boolean offers(String className) {
        return services.stream().anyMatch(s -> s.getClass().getName().equals(className));
    }

    /** Whether every parameter of the class's constructor has exactly one service to fill it. */
    public boolean canBuild(String className) {
        try {
            Constructor<?>[] constructors = Class.forName(className).getConstructors();
            return constructors.length == 1 && java.util.Arrays.stream(constructors[0].getParameterTypes())
                    .allMatch(p -> services.stream().filter(p::isInstance).count() == 1);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** A new instance of the class, built by constructor from the host's services. */
    public <T> T build(String className, Class<T> kind) {
        return construct(className, kind);
    }

    private <T> T construct(String className, Class<T> kind) {
        try {
            Class<?> type = Class.forName(className);
            Constructor<?>[] constructors = type.getConstructors();
            if (constructors.length != 1) {
                throw new IllegalStateException(className + " must have exactly one public constructor");
            }
            Class<?>[] wanted = constructors[0].getParameterTypes();
            Object[] given = new Object[wanted.length];
            for (int i = 0; i < wanted.length; i++) {
                given[i] = serviceOf(wanted[i], className);
            }
            return kind.cast(constructors[0].newInstance(given));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + className, e);
        }
    }

    private Object serviceOf(Class<?> type, String forClass) {
        List<Object> candidates = services.stream().filter(type::isInstance).toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException(forClass + " asks for a " + type.getName() + ", and the preview has "
                    + candidates.size() + " of them");
        }
        return candidates.get(0);
    }
}
