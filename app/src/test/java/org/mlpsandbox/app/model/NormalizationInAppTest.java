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

    /**
     * Inputs around 10⁵ and a linear target: standardised, ten epochs fit it far better than predicting the mean
     * (unscaled, tanh saturates and nothing is learned).
     */
    @Test
    void aCsvWithHugeInputsTrainsWhenStandardised(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("a,b,y\n");
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 200; i++) {
            double a = r.nextGaussian();
            double b = r.nextGaussian();
            csv.append(a * 1e5 + 3e5).append(',').append(b * 1e5).append(',').append(0.5 * a - b).append('\n');
        }
        Path file = dir.resolve("huge.csv");
        java.nio.file.Files.writeString(file, csv);
        model.data().useCsv(org.mlpsandbox.engine.data.CsvImport.read(file), file);
        model.data().setNormalization(Normalization.Method.STANDARD);
        assertEquals(Normalization.Method.STANDARD, model.data().normalization(), "kept when CSV data is in use");
        for (int e = 0; e < 10; e++) {
            model.run().stepEpoch();
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (model.run().latest().progress().epoch() < 10 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            model.run().poll();
        }
        var test = model.run().latest().progress().test();
        assertEquals(10, model.run().latest().progress().epoch());
        Dataset rawTest = model.data().rawSplit().test();
        double mean = 0;
        for (double y : rawTest.y()) {
            mean += y / rawTest.size();
        }
        double variance = 0;
        for (double y : rawTest.y()) {
            variance += (y - mean) * (y - mean) / rawTest.size();
        }
        assertTrue(Double.isFinite(test.loss()) && test.loss() < 0.2 * variance, "test " + test + ", variance "
                + variance);
        var saved = model.file().toExperiment().data();
        assertEquals(org.mlpsandbox.engine.io.DataSpec.Kind.CSV, saved.kind());
        assertEquals(Normalization.Method.STANDARD, saved.normalization().method());
    }
}
