package org.entente.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The CSV downloads of every module (docs/export.md): RFC 4180 (comma-separated, fields quoted where they hold a comma,
 * a quote or a line break, quotes doubled, lines ended CRLF), UTF-8, a header row of stable English machine names, values
 * as the dataset format writes them (ISO dates, lower-case codes), an empty field for a value that is absent.
 *
 * <p>A field that a spreadsheet would read as a formula (it begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return) is written with an apostrophe before it, as OWASP's guidance on CSV injection advises; a number
 * ({@code -12.5}) is not a formula and is written as it is.
 */
public final class Csv {

    /** What a CSV download is served as. */
    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);

    /** A table to download: its columns' machine names, and its rows, each with one value per column (null: absent). */
    public record Table(List<String> columns, List<List<Object>> rows) {

        public Table {
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a CSV table has at least one column");
            }
            int width = columns.size();
            rows = rows.stream().map(row -> {
                if (row.size() != width) {
                    throw new IllegalArgumentException("a row of " + row.size() + " values in a table of " + width + " columns");
                }
                return java.util.Collections.unmodifiableList(new java.util.ArrayList<Object>(row));
            }).toList();
        }
    }

    private Csv() {
    }

    /** The table as CSV text: the header row, then a line per row. */
    public static String write(Table table) {
        Objects.requireNonNull(table, "table");
        var text = new StringWriter();
        try (var printer = new CSVPrinter(text, FORMAT)) {
            printer.printRecord(table.columns());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(Csv::field).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A value as a field: empty where absent, its text otherwise, defused where a spreadsheet would read it as a formula. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return FORMULA_START.matcher(text).matches() && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** A download's name: the organization's code in lower case and what it holds, {@code csto-members-2022-01-10.csv}. */
    public static String filename(String organization, String what) {
        return organization.toLowerCase(java.util.Locale.ROOT) + "-" + what + ".csv";
    }

    /** The table as a download named {@code filename}: {@code text/csv; charset=UTF-8}, {@code Content-Disposition: attachment}. */
    public static ResponseEntity<byte[]> download(String filename, Table table) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(write(table).getBytes(StandardCharsets.UTF_8));
    }
}
