package org.mlpsandbox.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.mlpsandbox.engine.data.CsvDataset;
import org.mlpsandbox.engine.data.CsvImport;
import org.mlpsandbox.engine.data.DataFileException;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.data.Mnist;
import org.mlpsandbox.engine.data.TrainTestSplit;

/**
 * Makes or reads the data a {@link DataSpec} names and splits it, by the spec's seed rules: a generator draws from
 * {@code seed}, the split and a subset of a file's samples shuffle with {@code seed + 1}, and data with its own split
 * (digits, MNIST) shrinks both parts in proportion.
 */
final class DataLoader {

    private DataLoader() {
    }

    /** The data {@code spec} names, split but not normalised; a generated spec may name one of {@code more}. */
    static LoadedData load(DataSpec spec, List<? extends Generator> more) throws IOException {
        switch (spec.kind()) {
            case GENERATED -> {
                Generator generator = spec.generator(more);
                Dataset all = generator.generate(spec.samples(), spec.noise(), spec.seed());
                TrainTestSplit parts = TrainTestSplit.split(all, spec.testRatio(), spec.seed() + 1);
                return new LoadedData(parts.train(), parts.test(),
                        generator.classCount() >= 2 ? numbered(generator.classCount()) : List.of());
            }
            case CSV -> {
                Path file = Path.of(spec.path());
                if (!Files.isRegularFile(file)) {
                    throw new DataFileException(spec.path() + ": no such file");
                }
                CsvDataset csv = CsvImport.read(file, spec.csvOptions());
                Dataset all = subset(csv.data(), spec.samples(), spec.seed() + 1);
                TrainTestSplit parts = TrainTestSplit.split(all, spec.testRatio(), spec.seed() + 1);
                return new LoadedData(parts.train(), parts.test(), csv.classNames());
            }
            case DIGITS -> {
                return ownSplit(spec, Mnist.shippedDigits());
            }
            case DRAWN -> {
                TrainTestSplit parts = spec.drawn().split(spec.name(), spec.testRatio(), spec.seed() + 1);
                return new LoadedData(parts.train(), parts.test(),
                        spec.drawn().isClassification() ? numbered(spec.drawn().classCount()) : List.of());
            }
            case MNIST -> {
                Path folder = Path.of(spec.path());
                if (!Files.isDirectory(folder)) {
                    throw new DataFileException(spec.path() + ": no such folder");
                }
                return ownSplit(spec, Mnist.readDirectory(folder));
            }
            default -> throw new IllegalStateException("unknown kind " + spec.kind());
        }
    }

    /** Digits and MNIST: shrinks both parts by the same factor when the spec asks for fewer samples. */
    private static LoadedData ownSplit(DataSpec spec, TrainTestSplit parts) {
        Dataset train = parts.train();
        Dataset test = parts.test();
        if (spec.samples() > 0 && spec.samples() < train.size()) {
            int testSamples = (int) Math.max(1, Math.round((double) spec.samples() * test.size() / train.size()));
            train = subset(train, spec.samples(), spec.seed() + 1);
            test = subset(test, Math.min(testSamples, test.size()), spec.seed() + 2);
        }
        return new LoadedData(train, test, numbered(Mnist.CLASS_COUNT));
    }

    /** {@code n} samples of {@code data} picked at random (in random order), or all of it when {@code n} is 0. */
    private static Dataset subset(Dataset data, int n, long seed) {
        if (n <= 0 || n >= data.size()) {
            return data;
        }
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return data.select(Arrays.copyOf(order, n), data.name());
    }

    private static List<String> numbered(int classes) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add(String.valueOf(c));
        }
        return names;
    }
}
