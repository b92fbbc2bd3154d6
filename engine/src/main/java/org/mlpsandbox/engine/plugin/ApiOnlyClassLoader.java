package org.mlpsandbox.engine.plugin;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import org.mlpsandbox.api.Plugin;

/**
 * The parent of every plugin jar's class loader: it shows a jar the JDK (through the platform class loader) and the
 * {@code org.mlpsandbox.api} classes (shared with the application, so a plugin's {@code Activation} is the engine's
 * {@code Activation}), and nothing else. Engine classes, the built-in plugins, the app and its libraries stay out of
 * reach, and so do the {@code META-INF/services} files on the application's class path.
 */
final class ApiOnlyClassLoader extends ClassLoader {

    private static final String API_PACKAGE = Plugin.class.getPackageName() + ".";
    private static final String API_PATH = API_PACKAGE.replace('.', '/');

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader api;

    /** @param api the class loader that holds the api classes */
    ApiOnlyClassLoader(ClassLoader api) {
        super("mlp-sandbox-api", ClassLoader.getPlatformClassLoader());
        this.api = api;
    }

    /** A parent over the loader that loaded the api in this application. */
    static ApiOnlyClassLoader overApplication() {
        return new ApiOnlyClassLoader(Plugin.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(API_PACKAGE) && name.indexOf('.', API_PACKAGE.length()) < 0) {
            return api.loadClass(name);
        }
        // the platform class loader (and through it the boot loader); findClass refuses everything else
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        if (isApi(name)) {
            return api.getResource(name);
        }
        return super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (isApi(name)) {
            URL url = api.getResource(name);
            return url == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(url));
        }
        return super.getResources(name);
    }

    private static boolean isApi(String resource) {
        return resource.startsWith(API_PATH) && resource.indexOf('/', API_PATH.length()) < 0;
    }
}
