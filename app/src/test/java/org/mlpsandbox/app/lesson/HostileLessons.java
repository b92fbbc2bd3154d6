package org.mlpsandbox.app.lesson;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** Lesson files made to hurt, written into a lessons folder at test time. */
public final class HostileLessons {

    private HostileLessons() {
    }

    /** A playground lesson with the given hidden layers and learning rate. */
    public static String lesson(String id, int order, String hidden, String learningRate) {
        return """
                {
                  "id": "%s", "order": %d, "title": "Lesson %s", "summary": "A test lesson.",
                  "explanation": "<p>Test.</p>", "view": "playground", "panels": ["boundary", "loss"],
                  "setup": {
                    "data": { "source": "circle", "samples": 200, "noise": 0.1, "seed": 3 },
                    "network": { "hidden": [%s], "output": "1:sigmoid", "loss": "log-loss" },
                    "training": { "optimizer": "sgd", "learningRate": %s, "batch": 10, "epochs": 5 }
                  }
                }
                """.formatted(id, order, id, hidden, learningRate);
    }

    /**
     * Fills {@code folder} with: big.json (hidden 30000:relu twice, the lesson), lr-huge.json (learning rate
     * 1e300), broken.json (not JSON), huge.json (a 2 MB file, sparse) and fine.json (a good lesson, id "fine").
     */
    public static void writeInto(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("big.json"), lesson("big", 30, "\"30000:relu\", \"30000:relu\"", "0.1"));
        Files.writeString(folder.resolve("lr-huge.json"), lesson("lr-huge", 31, "\"8:tanh\", \"8:tanh\"", "1e300"));
        Files.writeString(folder.resolve("broken.json"), "{ \"id\": \"broken\", oops");
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve("huge.json").toFile(), "rw")) {
            f.setLength(2L << 20);
        }
        Files.writeString(folder.resolve("fine.json"), lesson("fine", 32, "\"4:tanh\"", "0.1"));
    }
}
