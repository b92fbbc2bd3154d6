package org.mlpsandbox.app.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.view.WindowRenderer;
import org.mlpsandbox.engine.io.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code render [--lesson N|ID] [--tab NAME] [--theme light|dark] [--size WxH] [--zoom F] [--train-steps K]
 * OUT.png}: the window
 * as it would look, painted into a PNG without a display ({@code java.awt.headless=true}). Regenerates the README's
 * screenshots.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Paint the window as it would look into a PNG, without a display (for screenshots and "
                + "checks).",
            "Example: render --lesson 6 --tab Loss --theme dark --size 1024x768 --train-steps 300 lesson6.png"})
public final class RenderCommand implements Callable<Integer> {

    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})[x×](\\d{3,5})");

    /** The two themes. */
    enum ThemeName { light, dark }

    @Parameters(index = "0", paramLabel = "OUT.png", description = "Where to write the image.")
    Path out;

    @Option(names = "--lesson", paramLabel = "N|ID", description = "Open this lesson first (its number or id), or 'start' for the start page.")
    String lesson;

    @Option(names = "--tab", paramLabel = "NAME",
            description = "Select this tab: Loss, Gradients, Plugins, Backprop, Inside or Runs.")
    String tab;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "The theme (default: ${DEFAULT-VALUE}).")
    ThemeName theme;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800",
            description = "The window's size in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--zoom", paramLabel = "F", defaultValue = "1",
            description = "Draw everything this much larger, as View → Zoom does: 1 to 2 in steps of 0.25; "
                    + "1.5 is presentation mode (default: ${DEFAULT-VALUE}).")
    float zoom;

    @Option(names = "--train-steps", paramLabel = "K", defaultValue = "0",
            description = "Train this many batches before painting (default: ${DEFAULT-VALUE}).")
    int trainSteps;

    @Mixin
    PluginOptions pluginOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // before anything starts the toolkit
        }
        Matcher m = SIZE.matcher(size.strip());
        if (!m.matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--size must look like 1024x768, not '" + size + "'");
        }
        WindowRenderer.Request request;
        BufferedImage image;
        try {
            request = new WindowRenderer.Request(lesson, tab, theme == ThemeName.dark,
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), trainSteps, zoom);
            image = WindowRenderer.render(request, pluginOptions.registry(), LessonLibrary.withDefaultFolder());
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        AtomicFiles.write(out, o -> png.writeTo(o));
        spec.commandLine().getOut().println("Wrote " + out + " (" + image.getWidth() + "×" + image.getHeight()
                + (lesson != null ? ", lesson " + lesson : "") + (tab != null ? ", " + tab + " tab" : "") + ", "
                + theme + (zoom != 1 ? ", zoom " + zoom + "×" : "") + (trainSteps > 0 ? ", " + trainSteps + " steps" : "")
                + ").");
        return 0;
    }
}
