package org.mlpsandbox.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Initializer;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Plugin;

/** The built-ins as the engine finds them: through {@link ServiceLoader}, so the services files are tested too. */
public final class Registered {

    private Registered() {
    }

    public static List<Activation> activations() {
        return load(Activation.class);
    }

    public static List<Loss> losses() {
        return load(Loss.class);
    }

    public static List<Initializer> initializers() {
        return load(Initializer.class);
    }

    public static List<Optimizer> optimizers() {
        return load(Optimizer.class);
    }

    public static List<Plugin> all() {
        List<Plugin> all = new ArrayList<>();
        all.addAll(activations());
        all.addAll(losses());
        all.addAll(initializers());
        all.addAll(optimizers());
        return all;
    }

    public static List<String> ids(List<? extends Plugin> plugins) {
        return plugins.stream().map(Plugin::id).sorted().toList();
    }

    private static <T> List<T> load(Class<T> kind) {
        List<T> found = new ArrayList<>();
        ServiceLoader.load(kind, Registered.class.getClassLoader()).forEach(found::add);
        return found;
    }
}
