package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.io.ExperimentFiles;

/** The data panel's "Scale inputs": the network sees scaled inputs, the plane raw ones, the file keeps the method. */
class NormalizationInAppTest {

    private final SandboxModel model = new SandboxModel(TestPlugins.registry());

    @AfterEach
    void close() {
        model.close();
    }

    /** Mean and population standard deviation of one column, computed here independently of the engine. */
    private static double[] meanAndSd(Dataset d, int column) {
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            sum += d.x()[i * d.inputCount() + column];
        }
        double mean = sum / d.size();
        double squares = 0;
        for (int i = 0; i < d.size(); i++) {
            double dev = d.x()[i * d.inputCount() + column] - mean;
            squares += dev * dev;
        }
        return new double[] {mean, Math.sqrt(squares / d.size())};
    }

    @Test
    void standardScalesBothSplitsWithTheTrainingStatistics() {
        model.data().setSettings(model.data().settings().withGenerator("blobs"));
        model.data().setNormalization(Normalization.Method.STANDARD);
        Dataset rawTrain = model.data().rawSplit().train();
        Dataset rawTest = model.data().rawSplit().test();
        Dataset train = model.data().networkData().train();
        Dataset test = model.data().networkData().test();
        for (int c = 0; c < 2; c++) {
            double[] raw = meanAndSd(rawTrain, c);
            assertTrue(Math.abs(raw[0]) > 0.01 || Math.abs(raw[1] - 1) > 0.01, "raw data already standard");
            double[] scaled = meanAndSd(train, c);
            assertEquals(0, scaled[0], 1e-12);
            assertEquals(1, scaled[1], 1e-12);
            for (int i = 0; i < rawTest.size(); i++) {
                assertEquals((rawTest.x()[i * 2 + c] - raw[0]) / raw[1], test.x()[i * 2 + c], 1e-12,
                        "test point " + i + " is scaled with the training mean and sd");
            }
        }
        assertEquals(2, model.network().inputCount());
    }

    @Test
    void minmaxMapsTheTrainingRangeOntoMinusOneToOne() {
        model.data().setNormalization(Normalization.Method.MINMAX);
        Dataset train = model.data().networkData().train();
        for (int c = 0; c < 2; c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < train.size(); i++) {
                min = Math.min(min, train.x()[i * 2 + c]);
                max = Math.max(max, train.x()[i * 2 + c]);
            }
            assertEquals(-1, min, 1e-12);
            assertEquals(1, max, 1e-12);
        }
    }

    /** The plane is swept in raw coordinates: mapping a raw point gives what the network was trained on. */
    @Test
    void theInputMappingScalesRawPointsBeforeTheFeatures() {
        model.data().setNormalization(Normalization.Method.STANDARD);
        model.data().setFeature(Feature.X1_SQUARED, true);
        model.data().setFeature(Feature.SIN_X2, true);
        Dataset raw = model.data().rawSplit().train();
        double[] m1 = meanAndSd(raw, 0);
        double[] m2 = meanAndSd(raw, 1);
        double[] out = new double[raw.size() * 4];
        model.data().inputMapping().map(raw.x(), raw.size(), out);
        assertArrayEquals(model.data().networkData().train().x(), out, 0);
        for (int i = 0; i < 5; i++) {
            double x1 = (raw.x()[i * 2] - m1[0]) / m1[1];
            double x2 = (raw.x()[i * 2 + 1] - m2[0]) / m2[1];
            assertArrayEquals(new double[] {x1, x2, x1 * x1, Math.sin(x2)},
                    java.util.Arrays.copyOfRange(out, i * 4, i * 4 + 4), 1e-12);
        }
        model.data().setNormalization(Normalization.Method.NONE);
        assertEquals(raw.x()[0] * raw.x()[0], model.data().networkData().train().x()[2], 0);
    }

    @Test
    void theMethodAndItsStatisticsAreSavedAndReopened(@TempDir Path dir) throws Exception {
        model.data().setNormalization(Normalization.Method.MINMAX);
        model.run().stepBatch();
        long deadline = System.currentTimeMillis() + 5000;
        while (model.run().poll().map(s -> s.progress().step()).orElse(0L) == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        var experiment = model.file().toExperiment();
        Normalization saved = experiment.data().normalization();
        assertEquals(Normalization.Method.MINMAX, saved.method());
        assertEquals(model.data().inputMapping().normalization(), saved);
        Path file = dir.resolve("scaled.json");
        ExperimentFiles.save(file, experiment);
        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            other.file().open(ExperimentFiles.load(file, TestPlugins.registry()));
            assertEquals(Normalization.Method.MINMAX, other.data().normalization());
            assertEquals(saved, other.data().inputMapping().normalization());
            assertArrayEquals(model.data().networkData().test().x(), other.data().networkData().test().x(), 0);
        }
    }
}
