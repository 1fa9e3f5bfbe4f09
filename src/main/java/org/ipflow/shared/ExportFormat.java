package org.ipflow.shared;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The two files a {@link Table} exports to, named by the ending of the export's address
 * ({@code .csv}, {@code .xlsx}), and the download that carries one.
 */
public enum ExportFormat {

    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The format an address ends in; checked before any rows are read, so that a wrong ending costs nothing. */
    public static Optional<ExportFormat> of(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public byte[] write(Table table) {
        return this == CSV ? TableExport.csv(table) : TableExport.xlsx(table);
    }

    /** The table as an attachment named {@code fileName} plus this format's ending. */
    public ResponseEntity<byte[]> download(Table table, String fileName) {
        return ResponseEntity.ok().contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName + "." + extension).build().toString())
                .body(write(table));
    }

    /** The same, named after the list and today's date in the office, e.g. {@code applications-2026-12-03.csv}. */
    public ResponseEntity<byte[]> dated(Table table, String list) {
        return download(table, list + "-" + LocalDate.now(OfficeTime.ZONE));
    }
}
