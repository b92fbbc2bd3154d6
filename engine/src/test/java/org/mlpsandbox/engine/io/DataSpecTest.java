package org.mlpsandbox.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.data.DataFileException;
import org.mlpsandbox.engine.data.Generators;

class DataSpecTest {

    @TempDir
    Path dir;

    @Test
    void generatedDataIsMadeAgainIdentically() throws IOException {
        DataSpec spec = DataSpec.generated("spiral", 300, 0.2, 0.2, 5);
        LoadedData a = spec.load();
        LoadedData b = spec.load();
        assertEquals(a, b);
        assertEquals(240, a.train().size());
        assertEquals(60, a.test().size());
        assertEquals(List.of("0", "1"), a.classNames());
        assertNotEquals(a.train(), spec.withSeed(6).load().train());
        assertEquals(Generators.generate("spiral", 300, 0.2, 5).size(), a.train().size() + a.test().size());
    }

    @Test
    void regressionHasNoClassNames() throws IOException {
        LoadedData d = DataSpec.generated("sine", 50, 0, 0, 1).load();
        assertTrue(d.classNames().isEmpty());
        assertEquals(50, d.train().size());
        assertEquals(0, d.test().size());
    }

    @Test
    void csvWithATargetColumnAndClassNames() throws IOException {
        Path csv = dir.resolve("flowers.csv");
        Files.writeString(csv, "kind,a,b\nx,1,2\ny,3,4\nz,5,6\nx,7,8\ny,9,10\n");
        LoadedData d = DataSpec.csv(csv, "kind", false, 0.2, 3).load();
        assertEquals(List.of("x", "y", "z"), d.classNames());
        assertEquals(4, d.train().size());
        assertEquals(1, d.test().size());
        assertEquals(2, d.inputCount());
    }

    @Test
    void missingCsvFileIsADataFileError() {
        DataSpec spec = DataSpec.csv(dir.resolve("gone.csv"), null, false, 0.2, 1);
        DataFileException e = assertThrows(DataFileException.class, spec::load);
        assertTrue(e.getMessage().contains("gone.csv: no such file"), e.getMessage());
    }

    @Test
    void digitsShrinkBothPartsInProportion() throws IOException {
        LoadedData d = DataSpec.digits(400, 1).load();
        assertEquals(400, d.train().size());
        assertEquals(100, d.test().size());
        assertEquals(784, d.inputCount());
        assertEquals(10, d.classNames().size());
        assertEquals(d, DataSpec.digits(400, 1).load());
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DataSpec.generated("circle", 0, 0, 0.2, 1));
        assertThrows(IllegalArgumentException.class, () -> DataSpec.generated("circle", 10, -1, 0.2, 1));
        assertThrows(IllegalArgumentException.class, () -> DataSpec.generated("circle", 10, 0, 0.95, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataSpec.generated("moons", 10, 0, 0.2, 1));
        assertTrue(e.getMessage().contains("circle"), e.getMessage());
    }
}
