package io.csiloop.packaging;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * A class loader whose resources come from the plugin jar alone, so that a check run through it sees what
 * ships rather than what sits in target/classes; classes (the stand-ins above all) still come from the
 * parent, as Jira supplies them to the bundle.
 */
final class JarResources extends URLClassLoader {

    JarResources(PluginJar jar, ClassLoader parent) throws MalformedURLException {
        super(new URL[] {jar.path().toUri().toURL()}, parent);
    }

    @Override
    public URL getResource(String name) {
        return name.endsWith(".class") ? super.getResource(name) : findResource(name);
    }
}
