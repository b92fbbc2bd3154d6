package org.mlpsandbox.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.data.CsvOptions;

/** The CSV options of an experiment's data (target, inputs, classes, delimiter, decimal mark) survive save and open. */
class CsvDataFileTest {

    @TempDir
    Path dir;

    @Test
    void aCsvClassifierReopensWithItsOptions() throws IOException {
        Path csv = Files.writeString(dir.resolve("eu.csv"),
                "id;a;inside;b;note\n1;0,5;1;2;x\n2;1,5;0;4;y\n3;2,5;1;6;z\n4;3,5;0;8;w\n");
        CsvOptions options = new CsvOptions("inside", true, ';', List.of("a", "b"), ',');
        Experiment e = IoFixtures.experiment().withData(DataSpec.csv(csv, options, 0.25, 7));
        Path file = dir.resolve("csv.json");
        ExperimentFiles.save(file, e);

        DataSpec back = ExperimentFiles.load(file, TestNets.PLUGINS).data();

        assertEquals(options, back.csvOptions());
        assertEquals(e.data(), back);
        LoadedData loaded = back.load();
        assertEquals(List.of("0", "1"), loaded.classNames());
        assertEquals(2, loaded.train().inputCount());
        assertEquals(2, loaded.train().classCount());
        String json = Files.readString(file);
        assertTrue(json.contains("\"inputs\" : ["), json);
        assertTrue(json.contains("\"decimalMark\" : \",\""), json);
    }

    @Test
    void aFileWithoutTheNewFieldsReadsEveryColumn() throws IOException {
        Path csv = Files.writeString(dir.resolve("plain.csv"), "a,b,y\n1,2,3\n4,5,6\n7,8,9\n");
        Experiment e = IoFixtures.experiment().withData(DataSpec.csv(csv, null, false, 0.25, 7));
        String json = ExperimentFiles.toJson(e);
        assertFalse(json.contains("\"inputs\" : ["), json);
        assertFalse(json.contains("decimalMark"), json);

        DataSpec back = ExperimentFiles.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "old.json",
                TestNets.PLUGINS).data();
        assertEquals(List.of(), back.inputs());
        assertNull(back.decimalMark());
        assertEquals(CsvOptions.defaults(), back.csvOptions());
    }
}
