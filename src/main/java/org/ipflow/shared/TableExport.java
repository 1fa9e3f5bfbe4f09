package org.ipflow.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a {@link Table} as CSV (UTF-8 with a byte-order mark, so that Excel reads Chinese) or as an Excel workbook. */
public final class TableExport {

    private static final String BOM = "\uFEFF";
    /** A formula's first character at the start of the cell or of a part after a separator (and spaces or a quote). */
    private static final Pattern FORMULA = Pattern.compile("(^|[,;])[\\s\"']*[=+\\-@\\t\\r]|^[\\t\\r]");
    private static final Pattern QUOTED = Pattern.compile("[,;\"\\r\\n\\t]");

    private TableExport() {
    }

    public static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, table.columns().stream().map(Table.Column::heading).toList());
        for (List<Object> row : table.rows()) {
            line(out, row.stream().map(TableExport::csvCell).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvCell(Object cell) {
        String text = Table.text(cell);
        // Text a spreadsheet would read as a formula (a name such as "=HYPERLINK(...)") is written as text:
        // the export must not run what somebody typed (OWASP, CSV injection). That includes a formula after
        // a ';' or ',', which becomes a cell of its own where Excel's list separator is that character.
        if (!(cell instanceof Number || cell instanceof Money) && FORMULA.matcher(text).find()) {
            return "'" + text;
        }
        return text;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                out.append(',');
            }
            // ';' too: quoted, the cell stays one cell whichever separator the reader's Excel uses
            if (QUOTED.matcher(cell).find()) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }

    public static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.name());
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle hours = workbook.createCellStyle();
            hours.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(table.columns().get(c).heading());
                cell.setCellStyle(heading);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    var cell = row.createCell(c);
                    Object value = values.get(c);
                    if (value instanceof Money || value instanceof BigDecimal) {
                        // A spreadsheet keeps every number as a binary double: an amount of up to 15 digits reads
                        // back as written and adds up as Excel adds; the CSV carries the exact figure.
                        cell.setCellValue((value instanceof Money money ? money.yuan() : (BigDecimal) value).doubleValue());
                        cell.setCellStyle(amount);
                    } else if (value instanceof Double tenths) {
                        cell.setCellValue(tenths);
                        cell.setCellStyle(hours);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        // setCellValue(String) stores text: nothing a person typed becomes a formula.
                        cell.setCellValue(Table.text(value));
                    }
                }
            }
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.setColumnWidth(c, 20 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
