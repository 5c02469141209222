package io.csiloop.packaging;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The classes Jira's REST module builds from a {@code <rest><package>}: every class of the package (and its
 * sub-packages) annotated {@code @Path} or {@code @Provider}, found as Jira finds them, by listing the package
 * in the plugin itself: the class path root that holds atlassian-plugin.xml (the tests' own classes in the
 * same package, such as probes, are not part of the plugin).
 */
final class RestClasses {

    static List<String> in(String packageName, ClassLoader loader) throws IOException {
        String folder = packageName.replace('.', '/');
        String descriptor = String.valueOf(loader.getResource("atlassian-plugin.xml"));
        String root = descriptor.substring(0, descriptor.length() - "atlassian-plugin.xml".length());
        List<String> names = new ArrayList<>();
        for (URL url : Collections.list(loader.getResources(folder))) {
            if (!url.toString().startsWith(root)) {
                continue;
            }
            names.addAll(url.getProtocol().equals("jar") ? inJar(url, folder) : inFolder(url, folder));
        }
        List<String> modules = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> cls = Class.forName(name, false, loader);
                if (cls.isAnnotationPresent(jakarta.ws.rs.Path.class) || cls.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class)) {
                    modules.add(name);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                modules.add(name); // reported by the wiring check as a class that does not exist
            }
        }
        return modules.stream().sorted().toList();
    }

    private static List<String> inFolder(URL url, String folder) throws IOException {
        Path root;
        try {
            root = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(RestClasses::isTopLevelClass).map(f -> className(folder + "/" + f)).toList();
        }
    }

    private static List<String> inJar(URL url, String folder) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        try (JarFile jar = connection.getJarFile()) {
            return jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(folder + "/"))
                    .filter(RestClasses::isTopLevelClass).map(RestClasses::className).toList();
        }
    }

    private static boolean isTopLevelClass(String file) {
        return file.endsWith(".class") && !file.contains("$") && !file.endsWith("package-info.class");
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }

    private RestClasses() {
    }
}
