package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV downloads' one writer: RFC 4180 that a reader parses back to the values, and no formula a spreadsheet would run. */
class CsvTest {

    private static List<List<String>> parsed(String csv) throws IOException {
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    private static Csv.Table table(Object... values) {
        return new Csv.Table(List.of("name", "count"), List.of(Arrays.asList(values)));
    }

    @Test
    void aNameWithACommaAQuoteAndALineBreakIsReadBackAsItWas() throws IOException {
        String name = "1st \"Tiger\" battalion,\nAlmaty";

        String csv = Csv.write(table(name, 850));

        assertThat(parsed(csv)).containsExactly(List.of("name", "count"), List.of(name, "850"));
        assertThat(csv).endsWith("\r\n").contains("\"1st \"\"Tiger\"\" battalion,\nAlmaty\"");
    }

    @Test
    void aFieldThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAnApostrophe() throws IOException {
        for (String formula : List.of("=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1")) {
            assertThat(parsed(Csv.write(table(formula, 1))).get(1).getFirst()).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void aNegativeNumberIsWrittenAsItIs() throws IOException {
        assertThat(parsed(Csv.write(table("-12.5", -3))).get(1)).containsExactly("-12.5", "-3");
    }

    @Test
    void anAbsentValueIsAnEmptyField() throws IOException {
        assertThat(parsed(Csv.write(table(null, 0))).get(1)).containsExactly("", "0");
    }

    @Test
    void refusesARowThatDoesNotMatchTheColumns() {
        assertThatThrownBy(() -> new Csv.Table(List.of("a", "b"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values in a table of 2 columns");
    }

    @Test
    void aDownloadIsUtf8CsvAsAnAttachmentNamedAsAsked() {
        var download = Csv.download("csto-members-2022-01-10.csv", table("Қазақстан", 1));

        assertThat(download.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("csto-members-2022-01-10.csv");
        assertThat(new String(download.getBody(), java.nio.charset.StandardCharsets.UTF_8)).contains("Қазақстан");
    }
}
