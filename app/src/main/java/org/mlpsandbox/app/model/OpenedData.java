package org.mlpsandbox.app.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mlpsandbox.engine.data.CsvDataset;
import org.mlpsandbox.engine.data.CsvImport;
import org.mlpsandbox.engine.data.CsvOptions;
import org.mlpsandbox.engine.data.DrawnPoints;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.io.DataSpec;

/**
 * The data source an experiment file names, read and ready for {@link DataState#use} (using it cannot fail any more):
 * at most one of a CSV file, data that comes already split and drawn points; none of them for generated data.
 *
 * @param csv        the CSV data, or null
 * @param csvFile    where the CSV data was read from, or null
 * @param fixedSplit data that comes already split (the digits, MNIST), or null
 * @param fixedSource where the already split data comes from, or null
 * @param settings   the generator settings, or the test ratio and seed of data that is not generated
 * @param normalize  how the inputs are scaled
 * @param drawn      the points drawn by hand, or null
 * @param csvOptions how the CSV file was read, or null
 */
record OpenedData(CsvDataset csv, Path csvFile, TrainTestSplit fixedSplit, DataSpec fixedSource, DataSettings settings,
                  Normalization.Method normalize, DrawnPoints drawn, CsvOptions csvOptions) {

    /**
     * Reads the data {@code d} names.
     *
     * @param current     the settings in use: what a source without generator settings keeps
     * @param dataSources the dataset plugins, which a generated source may name
     * @throws IOException              when its CSV file cannot be read
     * @throws IllegalArgumentException when its generator is not installed (a dataset plugin) or refuses its settings
     */
    static OpenedData read(DataSpec d, DataSettings current, List<Generator> dataSources) throws IOException {
        Normalization.Method normalize = d.normalization().method();
        if (d.kind() == DataSpec.Kind.GENERATED) {
            DataSettings saved = new DataSettings(d.name(), d.samples(), d.noise(), d.testRatio(), d.seed(),
                    d.classes(), d.parameters());
            saved.generator(dataSources); // a missing plugin or a refused setting: nothing changes
            return new OpenedData(null, null, null, null, saved, normalize, null, null);
        }
        DataSettings split = current.withTestRatio(d.testRatio()).withSeed(d.seed());
        if (d.kind() == DataSpec.Kind.CSV) {
            CsvDataset csv = CsvImport.read(Path.of(d.path()), d.csvOptions()); // as it was imported
            return new OpenedData(csv, Path.of(d.path()), null, null, split, normalize, null, d.csvOptions());
        } else if (d.kind() == DataSpec.Kind.DRAWN) {
            return new OpenedData(null, null, null, null, split, normalize, d.drawn(), null);
        }
        var loaded = d.withNormalization(Normalization.NONE).load(); // raw: the input mapping scales
        return new OpenedData(null, null, new TrainTestSplit(loaded.train(), loaded.test()), d, current, normalize,
                null, null);
    }
}
