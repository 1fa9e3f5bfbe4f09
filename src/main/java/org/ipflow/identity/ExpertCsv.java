package org.ipflow.identity;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The expert pool's CSV file as rows of {@link ExpertBody}: UTF-8, a header row naming the columns of
 * {@code POST /api/admin/experts} in any order ({@code username}, {@code name}, {@code fields} and
 * {@code affiliation} required; {@code fields} separated by {@code ;}), quoted values as in RFC 4180. What cannot
 * be read is reported by line (the header is line 1) and column, as message codes.
 */
final class ExpertCsv {

    /** The columns, as the API's body names them. */
    static final List<String> COLUMNS = List.of("username", "password", "name", "fields", "affiliation",
            "affiliationCreditCode", "region", "activeFrom", "activeUntil");
    private static final List<String> REQUIRED = List.of("username", "name", "fields", "affiliation");

    /** One data row and its line. */
    record Row(int line, ExpertBody body) {
    }

    /** A problem of the file: its line, its column (null for the whole line) and the message code. */
    record Problem(int line, String column, String code) {
    }

    /** The rows read, and the problems met reading them. */
    record Read(List<Row> rows, List<Problem> problems) {
    }

    private ExpertCsv() {
    }

    static Read read(byte[] file, int maxRows) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark, as spreadsheet programs write UTF-8
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            header.stream().filter(c -> !COLUMNS.contains(c))
                    .forEach(c -> problems.add(new Problem(1, c, "experts.import.unknownColumn")));
            REQUIRED.stream().filter(c -> !header.contains(c))
                    .forEach(c -> problems.add(new Problem(1, c, "experts.import.missingColumn")));
            if (!problems.isEmpty()) {
                return new Read(List.of(), problems);
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (rows.size() >= maxRows) {
                    return new Read(List.of(), List.of(new Problem(line, null, "experts.import.tooManyRows")));
                }
                if (!record.isConsistent()) {
                    problems.add(new Problem(line, null, "experts.import.columnCount"));
                    continue;
                }
                Map<String, String> values = record.toMap();
                LocalDate from = date(values, "activeFrom", line, problems);
                LocalDate until = date(values, "activeUntil", line, problems);
                String fields = values.getOrDefault("fields", "");
                rows.add(new Row(line, new ExpertBody(values.get("username"), values.get("password"), values.get("name"),
                        fields.isBlank() ? List.of() : Arrays.asList(fields.split(";")), values.get("affiliation"),
                        values.get("affiliationCreditCode"), values.get("region"), from, until)));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            // commons-csv reports a broken quote (unchecked while iterating) or a repeated header name this way.
            return new Read(List.of(), List.of(new Problem(1, null, "experts.import.unreadable")));
        }
        return new Read(rows, problems);
    }

    /** The problems of a row's body (its own checks), by column. */
    static List<Problem> problems(Row row, Map<String, String> codes) {
        return new TreeMap<>(codes).entrySet().stream()
                .map(e -> new Problem(row.line(), e.getKey(), e.getValue())).toList();
    }

    private static LocalDate date(Map<String, String> values, String column, int line, List<Problem> problems) {
        String value = values.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            problems.add(new Problem(line, column, "experts.import.date"));
            return null;
        }
    }
}
