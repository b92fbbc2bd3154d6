package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** K classes on the plane, and a CSV file's own class labels in predict and eval. */
class ClassesAndLabelsTest {

    @TempDir
    Path dir;

    private static double accuracy(String out, String part) {
        Matcher m = Pattern.compile("(?m)^" + part + "\\s+loss \\S+\\s+accuracy (\\S+)%").matcher(out);
        assertTrue(m.find(), "no " + part + " accuracy in:\n" + out);
        return Double.parseDouble(m.group(1)) / 100;
    }

    @Test
    void aThreeArmSpiralGetsASoftmaxOutputAndNinetyPercent() {
        String out = Cli.run("train", "--data", "spiral", "--classes", "3", "--layers", "16:tanh,16:tanh", "--epochs",
                "300", "-q").expect(0).out();
        assertTrue(out.contains("-> 3 softmax  (categorical-cross-entropy"), out);
        assertTrue(out.contains("spiral, 3 classes"), out);
        assertTrue(accuracy(out, "test") >= 0.9, out);
    }

    @Test
    void theNumberOfClassesIsSavedAndEvalRemakesTheSameData() throws Exception {
        Path model = dir.resolve("blobs.json");
        String train = Cli.run("train", "--data", "blobs", "--classes", "5", "--epochs", "30", "-q", "--save",
                model.toString()).expect(0).out();
        assertTrue(Files.readString(model).contains("\"classes\" : 5"), Files.readString(model));
        String eval = Cli.run("eval", model.toString()).expect(0).out();
        assertTrue(eval.contains("blobs, 5 classes"), eval);
        Matcher m = Pattern.compile("(?m)^test\\s+\\d+\\s+\\S+\\s+(\\S+)%").matcher(eval);
        assertTrue(m.find(), eval);
        assertEquals(accuracy(train, "test"), Double.parseDouble(m.group(1)) / 100, 1e-9);
    }

    @Test
    void classesRefusedWhereTheyDoNotApply() {
        assertTrue(Cli.run("train", "--data", "circle", "--classes", "3").expect(2).err().contains("spiral and blobs"));
        assertTrue(Cli.run("train", "--data", "spiral", "--classes", "9").expect(2).err().contains("2 to 8"));
        assertTrue(Cli.run("train", "--data", "sine", "--delimiter", ";").expect(2).err().contains("CSV"));
    }

    @Test
    void predictAndEvalShowTheFilesOwnLabelsEvenWhenOneComesFirst() throws Exception {
        // label 1 inside a circle of radius 2, label 0 outside; the first row is a 1, and the file uses semicolons
        // and decimal commas
        StringBuilder text = new StringBuilder("x1;x2;inside\n0,5;0,5;1\n");
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 300; i++) {
            double r = i % 2 == 0 ? random.nextDouble(0, 1.5) : random.nextDouble(3, 5);
            double a = random.nextDouble(0, 2 * Math.PI);
            text.append(String.format(java.util.Locale.ROOT, "%.3f;%.3f;%d%n", r * Math.cos(a), r * Math.sin(a),
                    i % 2 == 0 ? 1 : 0).replace('.', ','));
        }
        Path csv = Files.writeString(dir.resolve("inside.csv"), text);
        Path model = dir.resolve("inside.json");
        Cli.run("train", "--data", csv.toString(), "--classes", "--epochs", "100", "-q", "--save", model.toString())
                .expect(0);
        String[] lines = Cli.run("predict", model.toString(), "0.1,0.2", "4,-2.5").expect(0).out().strip()
                .split("\\R");
        assertTrue(lines[1].endsWith(",1"), "the centre is inside, label 1: " + lines[1]);
        assertTrue(lines[2].endsWith(",0"), "far out is outside, label 0: " + lines[2]);
        // the training file itself, semicolons and decimal commas included, as predict --input
        String[] fromFile = Cli.run("predict", model.toString(), "--input", csv.toString()).expect(0).out().strip()
                .split("\\R");
        String[] rows = text.toString().strip().split("\\R");
        assertEquals(rows.length, fromFile.length);
        int right = 0;
        for (int r = 1; r < rows.length; r++) {
            right += fromFile[r].endsWith("," + rows[r].substring(rows[r].lastIndexOf(';') + 1)) ? 1 : 0;
        }
        assertTrue(right >= 0.9 * (rows.length - 1), right + " of " + (rows.length - 1) + " predicted as labelled");

        Path named = dir.resolve("named.csv");
        Files.writeString(named, Files.readString(csv).replace(";1\n", ";yes\n").replace(";0\n", ";no\n"));
        Path namedModel = dir.resolve("named.json");
        Cli.run("train", "--data", named.toString(), "--epochs", "100", "-q", "--save", namedModel.toString())
                .expect(0);
        lines = Cli.run("predict", namedModel.toString(), "0.1,0.2", "4,-2.5").expect(0).out().strip().split("\\R");
        assertTrue(lines[1].endsWith(",yes") && lines[2].endsWith(",no"), String.join("\n", lines));
        String eval = Cli.run("eval", namedModel.toString()).expect(0).out();
        assertTrue(Pattern.compile("(?m)^\\s+no\\s+yes$").matcher(eval).find(), eval);
    }
}
