package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bad arguments are refused with exit code 2 and a message saying what is allowed. */
class BadArgumentsTest {

    /** Runs, expects exit code 2, and checks the first line of stderr holds every part. */
    private static String refused(String[] args, String... parts) {
        Cli.Result r = Cli.run(args).expect(2);
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("error: "), r.err());
        for (String part : parts) {
            assertTrue(first.contains(part), "expected '" + part + "' in: " + first);
        }
        assertTrue(r.err().contains("--help"), "points to --help: " + r.err());
        assertEquals("", r.out(), "nothing is trained");
        return first;
    }

    private static String[] train(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "train";
        all[1] = "--epochs";
        all[2] = "1";
        System.arraycopy(args, 0, all, 3, args.length);
        return all;
    }

    @Test
    void negativeLearningRate() {
        refused(train("--lr", "-1"), "--lr must be a positive number, got -1.0", "typical values");
        refused(train("--bias-lr", "0"), "--bias-lr must be a positive number");
    }

    @Test
    void emptyLayer() {
        refused(train("--layers", "0:relu"), "1 to 100000 neurons", "SIZE:ACTIVATION", "8:tanh");
        refused(train("--layers", "8"), "no activation", "SIZE:ACTIVATION");
        refused(train("--layers", "x:relu"), "'x' is not a number of neurons");
    }

    @Test
    void unknownActivationListsTheInstalledOnes() {
        refused(train("--layers", "8:swish"), "--layers 8:swish", "no activation with id 'swish'", "tanh", "relu");
        refused(train("--output", "swish"), "--output", "'swish'", "sigmoid");
        refused(train("--optimizer", "lion"), "--optimizer", "no optimizer with id 'lion'", "sgd");
        refused(train("--loss", "hinge"), "--loss", "'hinge'", "mse");
        refused(train("--init", "ones"), "--init", "'ones'", "xavier-uniform");
    }

    @Test
    void wrongPluginParameters() {
        refused(train("--optimizer", "adam", "--param", "gamma=1"), "unknown parameter 'gamma'", "beta1");
        refused(train("--layers", "4:leaky-relu(alpha=7)"), "alpha", "range");
        refused(train("--layers", "4:leaky-relu(alpha=x)"), "'x'", "not a finite number");
        refused(train("--layers", "4:leaky-relu(alpha=0.1"), "closing parenthesis");
    }

    @Test
    void unknownData() {
        refused(train("--data", "moons"), "unknown data 'moons'", "circle", "spiral", "digits", ".csv", "MNIST");
    }

    @Test
    void outOfRangeNumbers() {
        refused(train("--batch", "0"), "--batch must be at least 1");
        refused(train("--test-ratio", "0.95"), "--test-ratio must be 0 to 0.9");
        refused(train("--noise", "-1"), "--noise", "0 or more");
        refused(train("--samples", "0"), "--samples must be 1 to");
        refused(train("--l2", "-0.1"), "--l1 and --l2 must be 0");
        refused(new String[] {"train", "--epochs", "0"}, "--epochs must be at least 1");
    }

    @Test
    void optionsThatDoNotFitTheData() {
        refused(train("--data", "circle", "--target", "y"), "--target applies to CSV files only");
        refused(train("--data", "digits", "--test-ratio", "0.3"), "--test-ratio does not apply to digits");
        refused(train("--data", "sine", "--classes"), "--classes applies to CSV files only");
        refused(train("--data", "sine", "--output", "softmax"), "softmax", "at least 2");
    }

    @Test
    void outputFilesInMissingFolders() {
        refused(train("--save", "/no/such/folder/m.json"), "--save", "/no/such/folder", "does not exist");
        refused(train("--chart", System.getProperty("java.io.tmpdir")), "--chart", "is a folder");
    }

    @Test
    void picocliErrors() {
        refused(train("--lr", "abc"), "--lr", "abc");
        refused(train("--lrate", "0.1"), "Unknown option", "--lrate");
        refused(new String[] {"eval"}, "MODEL");
        refused(new String[] {"predict", "m.json"}, "give samples");
        refused(new String[] {"bench", "--workload", "mnist"}, "unknown workload 'mnist'", "digits", "playground");
    }
}
