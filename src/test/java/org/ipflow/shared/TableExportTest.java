package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What every export relies on: Excel reads the CSV's Chinese (byte-order mark), quoting follows RFC 4180,
 * and text somebody typed (a project's name) never becomes a formula in either file.
 */
class TableExportTest {

    static final Table TABLE = new Table("applications", "申报", List.of(new Table.Column("项目", false),
            new Table.Column("金额", true)), List.of(
            List.of("=HYPERLINK(\"http://evil\",\"点我\")", new BigDecimal("-5")),
            List.of("+1", new BigDecimal("12.5")),
            List.of("-2+3", 7),
            List.of("@SUM(A1)", 1),
            List.of("项目, \"甲\"", 2)));

    @Test
    void csvStartsWithAByteOrderMarkSoThatExcelReadsChinese() {
        byte[] csv = TableExport.csv(TABLE);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF项目,金额\r\n");
    }

    @Test
    void csvWritesTextThatLooksLikeAFormulaAsTextButNumbersAsNumbers() {
        String[] lines = new String(TableExport.csv(TABLE), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[1]).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\",-5.00");
        assertThat(lines[2]).isEqualTo("'+1,12.50");
        assertThat(lines[3]).isEqualTo("'-2+3,7");
        assertThat(lines[4]).isEqualTo("'@SUM(A1),1");
        assertThat(lines[5]).isEqualTo("\"项目, \"\"甲\"\"\",2");
    }

    /**
     * Issue 14, finding 8: where Excel's list separator is ';' (or ','), {@code abc;=1+1} unquoted was two
     * cells, the second a formula. Such a cell is now quoted (one cell whatever the separator) and starts
     * with an apostrophe (text even if a reader splits it).
     */
    @Test
    void aFormulaAfterASeparatorInsideACellIsQuotedAndNeutralised() {
        Table table = new Table("t", "t", List.of(new Table.Column("名称", false)), List.of(
                List.of("abc;=1+1"), List.of("abc,+cmd|' /C calc'!A0"), List.of("甲; \"@SUM(A1)\""), List.of("\t=1"),
                List.of("a;b"), List.of("公司-2024")));
        String[] lines = new String(TableExport.csv(table), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[1]).isEqualTo("\"'abc;=1+1\"");
        assertThat(lines[2]).isEqualTo("\"'abc,+cmd|' /C calc'!A0\"");
        assertThat(lines[3]).isEqualTo("\"'甲; \"\"@SUM(A1)\"\"\"");
        assertThat(lines[4]).isEqualTo("\"'\t=1\"");
        // a separator alone is only quoted; a '-' inside a part is no formula
        assertThat(lines[5]).isEqualTo("\"a;b\"");
        assertThat(lines[6]).isEqualTo("公司-2024");
    }

    @Test
    void xlsxStoresTypedTextAsTextAndAmountsAsNumbers() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(TABLE)))) {
            var sheet = workbook.getSheet("applications");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目");
            var formula = sheet.getRow(1).getCell(0);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-5.0);
        }
    }

    @Test
    void anAmountIsWrittenWithItsFenAsANumberNeverAsFormulaText() throws Exception {
        Table amounts = new Table("money", "金额", List.of(new Table.Column("已拨付", true)),
                List.of(List.of(Money.parse("-0.10")), List.of(Money.parse("60000.5"))));

        String[] lines = new String(TableExport.csv(amounts), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[1]).as("a number, not text a spreadsheet would run").isEqualTo("-0.10");
        assertThat(lines[2]).isEqualTo("60000.50");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(amounts)))) {
            var cell = workbook.getSheet("money").getRow(2).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isEqualTo(60000.5);
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    /** The dashboard showed "60000.50" on its page; the CSV keeps the plain number a spreadsheet reads. */
    @Test
    void aPageShowsAnAmountGroupedWithItsFen() {
        assertThat(TABLE.cell(Money.parse("60000.5"))).isEqualTo("60,000.50");
        assertThat(TABLE.cell(new BigDecimal("1234567"))).isEqualTo("1,234,567.00");
        assertThat(TABLE.cell(7)).isEqualTo("7");
        assertThat(Table.text(Money.parse("60000.5"))).isEqualTo("60000.50");
    }

    @Test
    void aNoteIsOneMoreRowAfterTheRows() {
        Table cut = TABLE.withNote("仅导出前 5 行");
        assertThat(cut.rows()).hasSize(TABLE.rows().size() + 1);
        assertThat(cut.rows().get(cut.rows().size() - 1)).containsExactly("仅导出前 5 行");
        String csv = new String(TableExport.csv(cut), StandardCharsets.UTF_8);
        assertThat(csv).endsWith("\r\n仅导出前 5 行\r\n");
    }
}
