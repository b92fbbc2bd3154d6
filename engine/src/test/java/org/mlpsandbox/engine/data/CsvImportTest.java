package org.mlpsandbox.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private CsvDataset read(String text, CsvOptions options) throws IOException {
        return CsvImport.read(write("data.csv", text), options);
    }

    private String error(String text, CsvOptions options) {
        return assertThrows(DataFileException.class, () -> read(text, options)).getMessage();
    }

    private String error(String text) {
        return error(text, CsvOptions.defaults());
    }

    @Test
    void numericTargetIsRegression() throws IOException {
        CsvDataset csv = read("x1,x2,y\n1,2,3.5\n-4,5e-1,6\n", CsvOptions.defaults());
        Dataset data = csv.data();
        assertEquals("data.csv", data.name());
        assertEquals(2, data.size());
        assertEquals(2, data.inputCount());
        assertEquals(1, data.targetCount());
        assertEquals(0, data.classCount());
        assertArrayEquals(new double[] {1, 2, -4, 0.5}, data.x());
        assertArrayEquals(new double[] {3.5, 6}, data.y());
        assertEquals(List.of("x1", "x2"), csv.inputNames());
        assertEquals("y", csv.targetName());
        assertEquals(List.of(), csv.classNames());
    }

    @Test
    void threeClassNamesBecomeOneHotInOrderOfFirstAppearance() throws IOException {
        CsvDataset csv = read("""
                sepal_length,petal_width,species
                5.1,0.2,setosa
                7.0,1.4,versicolor
                6.3,2.5,virginica
                4.9,0.2,setosa
                """, CsvOptions.defaults());
        Dataset data = csv.data();
        assertEquals(List.of("setosa", "versicolor", "virginica"), csv.classNames());
        assertEquals(3, data.classCount());
        assertEquals(3, data.targetCount());
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0}, data.y());
        assertEquals(2, data.label(2));
    }

    @Test
    void twoClassNamesBecomeOneZeroOneColumn() throws IOException {
        CsvDataset csv = read("a,b,label\n1,2,no\n3,4,yes\n5,6,no\n", CsvOptions.defaults());
        assertEquals(List.of("no", "yes"), csv.classNames());
        assertEquals(2, csv.data().classCount());
        assertEquals(1, csv.data().targetCount());
        assertArrayEquals(new double[] {0, 1, 0}, csv.data().y());
    }

    @Test
    void targetChosenByNameLeavesTheOtherColumnsAsInputsInOrder() throws IOException {
        CsvDataset csv = read("a,target,c\n1,10,3\n4,20,6\n", CsvOptions.defaults().withTarget("target"));
        assertEquals(List.of("a", "c"), csv.inputNames());
        assertEquals("target", csv.targetName());
        assertArrayEquals(new double[] {1, 3, 4, 6}, csv.data().x());
        assertArrayEquals(new double[] {10, 20}, csv.data().y());
    }

    @Test
    void numericLabelsCanBeReadAsClasses() throws IOException {
        CsvDataset csv = read("x,digit\n0.5,7\n0.1,3\n0.9,7\n0.3,1\n", CsvOptions.defaults().withTargetAsClasses());
        // classes in natural order (1, 3, 7), not in order of first appearance
        assertEquals(List.of("1", "3", "7"), csv.classNames());
        assertArrayEquals(new double[] {0, 0, 1, 0, 1, 0, 0, 0, 1, 1, 0, 0}, csv.data().y());
    }

    @Test
    void zeroOneLabelsKeepTheirMeaningWhicheverComesFirst() throws IOException {
        CsvDataset csv = read("x,inside\n0.1,1\n4.0,0\n0.2,1\n", CsvOptions.defaults().withTargetAsClasses());
        assertEquals(List.of("0", "1"), csv.classNames());
        assertArrayEquals(new double[] {1, 0, 1}, csv.data().y());
    }

    @Test
    void numericLabelsSortByValueBeforeNamesAndNamesAlphabetically() throws IOException {
        CsvDataset numbers = read("x,c\n1,10\n2,9\n3,-1\n4,2.5\n", CsvOptions.defaults().withTargetAsClasses());
        assertEquals(List.of("-1", "2.5", "9", "10"), numbers.classNames());
        CsvDataset names = read("x,c\n1,pear\n2,Apple\n3,fig\n", CsvOptions.defaults());
        assertEquals(List.of("Apple", "fig", "pear"), names.classNames());
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0}, names.data().y());
    }

    @Test
    void semicolonsAndDecimalCommasAsEuropeanSpreadsheetsWriteThem() throws IOException {
        CsvDataset csv = read("x1;x2;label\n1,5;2,0;a\n-0,25;3;b\n1e3;,5;a\n", CsvOptions.defaults());
        assertEquals(List.of("x1", "x2"), csv.inputNames());
        assertArrayEquals(new double[] {1.5, 2.0, -0.25, 3, 1000, 0.5}, csv.data().x());
        assertEquals(List.of("a", "b"), csv.classNames());
    }

    @Test
    void tabsAreDetectedAndQuotedCommasInTheHeaderDoNotCount() throws IOException {
        CsvDataset tabs = read("x\ty\n1,5\t2\n3\t4,25\n", CsvOptions.defaults());
        assertArrayEquals(new double[] {1.5, 3}, tabs.data().x());
        assertArrayEquals(new double[] {2, 4.25}, tabs.data().y());
        CsvDataset quoted = read("\"a,b\";\"c,d\";y\n1;2;3\n", CsvOptions.defaults());
        assertEquals(List.of("a,b", "c,d"), quoted.inputNames());
    }

    @Test
    void aGivenDelimiterWinsOverDetectionAndCommaFilesKeepDecimalPoints() throws IOException {
        CsvDataset csv = read("a|b,c|y\n1|2|3\n", CsvOptions.defaults().withDelimiter('|'));
        assertEquals(List.of("a", "b,c"), csv.inputNames());
        assertArrayEquals(new double[] {3}, csv.data().y());
        assertTrue(error("x,y\n\"1,5\",2\n").contains("'1,5' is not a number"));
        assertThrows(IllegalArgumentException.class, () -> CsvOptions.defaults().withDelimiter('7'));
    }

    @Test
    void toleratesQuotesSpacesBlankLinesCrlfAndAByteOrderMark() throws IOException {
        CsvDataset csv = read("\uFEFF\"x\", \"y\"\r\n 1 , 2\r\n\r\n\"3\",4\r\n,\r\n", CsvOptions.defaults());
        assertEquals(List.of("x"), csv.inputNames());
        assertArrayEquals(new double[] {1, 3}, csv.data().x());
        assertArrayEquals(new double[] {2, 4}, csv.data().y());
    }

    @Test
    void readsFromAReaderUnderAGivenName() throws IOException {
        CsvDataset csv = CsvImport.read(new StringReader("u,v\n1,2\n"), "inline.csv", CsvOptions.defaults());
        assertEquals("inline.csv", csv.data().name());
    }

    @Test
    void aValueThatIsNotANumberIsReportedWithFileLineAndColumn() {
        String message = error("sepal,petal_width,species\n1,2,a\n3,4,b\n5,abc,c\n");
        assertEquals("data.csv line 4, column 'petal_width': 'abc' is not a number", message);
    }

    @Test
    void lineNumbersCountBlankLines() {
        String message = error("x,y\n1,2\n\n\n3,1\nx,2\n");
        assertTrue(message.startsWith("data.csv line 6, column 'x': 'x' is not a number"), message);
    }

    @Test
    void aMissingValueIsReported() {
        assertEquals("data.csv line 3, column 'b': missing value", error("a,b,c\n1,2,3\n4,,6\n"));
    }

    @Test
    void aMissingTargetIsReported() {
        assertEquals("data.csv line 2, column 'c': missing value", error("a,b,c\n1,2,\n"));
    }

    @Test
    void raggedRowsAreReported() {
        String message = error("a,b,c\n1,2,3\n4,5\n");
        assertTrue(message.startsWith("data.csv line 3: 2 values"), message);
        assertTrue(message.contains("3 columns"), message);
        message = error("a,b\n1,2,3\n");
        assertTrue(message.startsWith("data.csv line 2: 3 values"), message);
    }

    @Test
    void anEmptyFileIsReported() {
        assertEquals("data.csv is empty", error(""));
        assertEquals("data.csv is empty", error("\n\n"));
    }

    @Test
    void aHeaderWithoutDataIsReported() {
        assertEquals("data.csv has a header but no data rows", error("a,b\n"));
    }

    @Test
    void numbersInTheFirstLineMeanTheHeaderIsMissing() {
        String message = error("1,2,3\n4,5,6\n");
        assertTrue(message.startsWith("data.csv line 1 holds numbers, not column names"), message);
    }

    @Test
    void anUnknownTargetListsTheHeaders() {
        String message = error("sepal,petal,species\n1,2,a\n", CsvOptions.defaults().withTarget("colour"));
        assertTrue(message.startsWith("data.csv has no column 'colour'"), message);
        assertTrue(message.contains("sepal, petal, species"), message);
    }

    @Test
    void headerProblemsAreReported() {
        assertTrue(error("a,,c\n1,2,3\n").contains("column 2 has no name"));
        assertTrue(error("a,b,a\n1,2,3\n").contains("names column 'a' twice"));
        assertTrue(error("only\n1\n").contains("only one column"));
    }

    @Test
    void aSingleClassIsReported() {
        String message = error("a,kind\n1,cat\n2,cat\n");
        assertTrue(message.contains("column 'kind'") && message.contains("'cat'") && message.contains("two classes"),
                message);
    }

    @Test
    void aTargetMixingNumbersAndTextIsReportedAtTheFirstText() {
        String message = error("a,y\n1,2\n2,3\n3,n/a\n4,5\n");
        assertTrue(message.startsWith("data.csv line 4, column 'y': 'n/a' is not a number"), message);
    }

    @Test
    void nonFiniteInputsAreRejected() {
        String message = error("a,y\nNaN,1\n");
        assertTrue(message.startsWith("data.csv line 2, column 'a': 'NaN'"), message);
    }

    @Test
    void anUnclosedQuoteIsReportedWithTheFileName() {
        String message = error("a,y\n1,\"2\n");
        assertTrue(message.startsWith("data.csv"), message);
    }

    @Test
    void aTargetInTheMiddleAndASubsetOfInputsSkipTheOtherColumns() throws IOException {
        String text = "id,a,label,b,note\n1,0.5,1,2,x\n2,1.5,0,4,y\n3,2.5,1,6,z\n";
        CsvDataset csv = read(text, CsvOptions.defaults().withTarget("label").withInputs(List.of("b", "a"))
                .withTargetAsClasses());
        assertEquals(List.of("a", "b"), csv.inputNames()); // file order
        assertArrayEquals(new double[] {0.5, 2, 1.5, 4, 2.5, 6}, csv.data().x());
        assertEquals(List.of("0", "1"), csv.classNames());
        assertArrayEquals(new double[] {1, 0, 1}, csv.data().y());

        CsvDataset regression = read(text, CsvOptions.defaults().withTarget("label").withInputs(List.of("id")));
        assertEquals(0, regression.data().classCount());
        assertEquals(List.of("id"), regression.inputNames());
        assertArrayEquals(new double[] {1, 2, 3}, regression.data().x());
        assertArrayEquals(new double[] {1, 0, 1}, regression.data().y());
    }

    @Test
    void anUnknownInputOrTheTargetAsInputIsRefused() {
        String unknown = error("a,b,y\n1,2,3\n", CsvOptions.defaults().withInputs(List.of("c")));
        assertTrue(unknown.contains("no input column 'c'"), unknown);
        assertThrows(IllegalArgumentException.class,
                () -> CsvOptions.defaults().withTarget("y").withInputs(List.of("a", "y")));
        String last = error("a,b,y\n1,2,3\n", CsvOptions.defaults().withInputs(List.of("a", "y")));
        assertTrue(last.contains("'y' is the target"), last);
    }

    @Test
    void theDecimalMarkCanBeChosen() throws IOException {
        assertArrayEquals(new double[] {1.5}, read("a;y\n1,5;2\n", CsvOptions.defaults()).data().x());
        String point = error("a;y\n1,5;2\n", CsvOptions.defaults().withDecimalMark('.'));
        assertTrue(point.contains("'1,5' is not a number"), point);
        assertArrayEquals(new double[] {1.5}, read("a;y\n1,5;2\n", CsvOptions.defaults().withDecimalMark(','))
                .data().x());
        String both = error("a,y\n1,2\n", CsvOptions.defaults().withDecimalMark(','));
        assertTrue(both.contains("both the delimiter and the decimal mark"), both);
    }

    @Test
    void aPreviewShowsTheHeaderAndTheFirstRows() throws IOException {
        Path file = write("p.csv", "a;b\n1;2\n3;4\n5;6\n");
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2"), List.of("3", "4")), CsvPreview.read(file, null, 2));
    }
}
