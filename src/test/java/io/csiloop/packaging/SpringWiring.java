package io.csiloop.packaging;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's Spring context read as Jira's will build it: constructor autowiring by type, with no
 * parameter names to tell candidates apart (docs/packaging.md 2.3). Every bean and every module class must
 * have one public constructor whose every parameter matches exactly one bean or OSGi reference, and every
 * reference must be used by someone, so that the context neither fails nor waits for services it never needs.
 * A bean with a {@code factory-method} is of that static method's return type, and its parameters are checked.
 */
final class SpringWiring {

    private static final String OSGI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    private static final String BEANS = "http://www.springframework.org/schema/beans";

    private final ClassLoader loader;
    private final Map<String, Class<?>> candidates = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<Class<?>, Method> factories = new LinkedHashMap<>();

    SpringWiring(ClassLoader loader) {
        this.loader = loader;
    }

    /** Problems of the context in {@code springXml} serving the module classes named. */
    List<String> check(InputStream springXml, List<String> moduleClasses) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(springXml).getDocumentElement();
        if (!"constructor".equals(root.getAttribute("default-autowire"))) {
            problems.add("the context must autowire by constructor");
        }
        Set<String> references = new HashSet<>();
        collect(root.getElementsByTagNameNS(OSGI, "reference"), "interface", references);
        List<Class<?>> beans = new ArrayList<>();
        collect(root.getElementsByTagNameNS(BEANS, "bean"), "class", null).forEach(beans::add);
        Set<Class<?>> used = new HashSet<>();
        for (Class<?> bean : beans) {
            checkConstructor(bean, used);
        }
        for (Method method : factories.values()) {
            checkParameters(method.getDeclaringClass(), method.getParameterTypes(), used);
        }
        for (String module : moduleClasses) {
            Class<?> cls = load(module);
            if (cls != null) {
                checkConstructor(cls, used);
            }
        }
        candidates.forEach((id, type) -> {
            if (type.isInterface() && references.contains(type.getName()) && !used.contains(type)) {
                problems.add("OSGi reference " + id + " (" + type.getName() + ") is imported but never injected");
            }
        });
        return List.copyOf(problems);
    }

    /**
     * Which beans and module classes of the context in {@code springXml} take each service it imports with
     * {@code availability="optional"}, by the service's interface name. Such a service may be missing in Jira, so
     * whoever takes it must expect that.
     */
    Map<String, List<String>> optionalReferenceUsers(InputStream springXml, List<String> moduleClasses) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(springXml).getDocumentElement();
        Map<String, List<String>> users = new LinkedHashMap<>();
        NodeList references = root.getElementsByTagNameNS(OSGI, "reference");
        for (int i = 0; i < references.getLength(); i++) {
            Element reference = (Element) references.item(i);
            if ("optional".equals(reference.getAttribute("availability"))) {
                users.put(reference.getAttribute("interface"), new ArrayList<>());
            }
        }
        List<String> classes = new ArrayList<>(moduleClasses);
        NodeList beans = root.getElementsByTagNameNS(BEANS, "bean");
        for (int i = 0; i < beans.getLength(); i++) {
            classes.add(((Element) beans.item(i)).getAttribute("class"));
        }
        for (String name : classes) {
            Class<?> cls = load(name);
            for (Constructor<?> constructor : cls == null ? new Constructor<?>[0] : cls.getConstructors()) {
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    List<String> takers = users.get(parameter.getName());
                    if (takers != null) {
                        takers.add(name);
                    }
                }
            }
        }
        return users;
    }

    private List<Class<?>> collect(NodeList elements, String typeAttribute, Set<String> names) {
        List<Class<?>> types = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            Element e = (Element) elements.item(i);
            String id = e.getAttribute("id");
            Class<?> type = load(e.getAttribute(typeAttribute));
            if (type != null && !e.getAttribute("factory-method").isEmpty()) {
                type = factoryType(type, e.getAttribute("factory-method"));
            }
            if (type == null) {
                problems.add(e.getLocalName() + " " + id + ": " + e.getAttribute(typeAttribute) + " does not exist");
            } else if (candidates.putIfAbsent(id, type) != null) {
                problems.add("bean id " + id + " is declared twice");
            } else if (!e.getAttribute("factory-method").isEmpty()) {
                // Made by a static factory method (e.g. Clock.systemUTC): its parameters are checked, not a constructor.
                continue;
            } else {
                types.add(type);
                if (names != null && !names.add(type.getName())) {
                    problems.add(type.getName() + " is imported twice");
                }
            }
        }
        return types;
    }

    /** The return type of the class's one public static method of that name, recorded for the checks. */
    private Class<?> factoryType(Class<?> cls, String name) {
        List<Method> methods = java.util.Arrays.stream(cls.getMethods())
                .filter(m -> m.getName().equals(name) && Modifier.isStatic(m.getModifiers())).toList();
        if (methods.size() != 1) {
            problems.add(cls.getName() + " needs exactly one public static factory method " + name);
            return null;
        }
        factories.put(methods.get(0).getReturnType(), methods.get(0));
        return methods.get(0).getReturnType();
    }

    private void checkConstructor(Class<?> cls, Set<Class<?>> used) {
        Constructor<?>[] constructors = cls.getConstructors();
        if (constructors.length != 1) {
            problems.add(cls.getName() + " needs exactly one public constructor, it has " + constructors.length);
            return;
        }
        checkParameters(cls, constructors[0].getParameterTypes(), used);
    }

    private void checkParameters(Class<?> cls, Class<?>[] parameters, Set<Class<?>> used) {
        for (Class<?> parameter : parameters) {
            List<String> matches = candidates.entrySet().stream()
                    .filter(c -> parameter.isAssignableFrom(c.getValue())).map(Map.Entry::getKey).toList();
            if (matches.size() != 1) {
                problems.add(cls.getName() + ": parameter " + parameter.getName() + " matches "
                        + (matches.isEmpty() ? "no bean or reference" : "several beans " + matches));
            }
            candidates.values().stream().filter(parameter::isAssignableFrom).forEach(used::add);
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
