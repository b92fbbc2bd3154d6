package org.mlpsandbox.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.net.Network;

/** A dataset plugin's own settings travel with the data spec through experiment files. */
class DataParametersFileTest {

    @TempDir
    Path dir;

    private Experiment withData(DataSpec data) {
        List<HistoryRow> history = new ArrayList<>();
        Network net = IoFixtures.trainedNetwork(history);
        return Experiment.of(net, IoFixtures.settings(), data, history);
    }

    @Test
    void theSettingsOfAGeneratedDatasetSurviveTheRoundTrip() throws IOException {
        DataSpec data = new DataSpec(DataSpec.Kind.GENERATED, "acme.bands", null, null, false, 300, 0.1, 0.2, 5)
                .withParameters(Map.of("edge", -1.5, "count", 3.0));
        Path file = dir.resolve("e.json");
        ExperimentFiles.save(file, withData(data));
        assertTrue(Files.readString(file).contains("\"edge\" : -1.5") || Files.readString(file).contains("\"edge\": -1.5"),
                Files.readString(file));
        DataSpec back = ExperimentFiles.load(file, TestNets.PLUGINS).data();
        assertEquals(Map.of("edge", -1.5, "count", 3.0), back.parameters());
        assertEquals(data, back);
        assertEquals(Map.of("edge", -1.5, "count", 3.0), back.withSeed(9).withSamples(10).parameters(),
                "the other settings keep them");
    }

    @Test
    void aBuiltInHasNoSettingsAndOnlyGeneratedDataHasAny() {
        DataSpec circle = DataSpec.generated("circle", 100, 0.1, 0.2, 1).withParameters(Map.of("edge", 1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> circle.generator());
        assertTrue(e.getMessage().contains("'circle' has no settings of its own"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DataSpec.digits(0, 1).withParameters(Map.of("x", 1.0)));
    }

    @Test
    void aSettingThatIsNotANumberIsNamed() throws IOException {
        Path file = dir.resolve("e.json");
        ExperimentFiles.save(file, withData(new DataSpec(DataSpec.Kind.GENERATED, "acme.bands", null, null, false,
                300, 0.1, 0.2, 5).withParameters(Map.of("edge", 2.0))));
        String text = Files.readString(file).replaceFirst("(\"edge\"\\s*:\\s*)2\\.0", "$1\"wide\"");
        Files.writeString(file, text);
        ExperimentFileException e = assertThrows(ExperimentFileException.class,
                () -> ExperimentFiles.load(file, TestNets.PLUGINS));
        assertTrue(e.getMessage().contains("data.parameters.edge") && e.getMessage().contains("not a number"),
                e.getMessage());
    }
}
