package org.ipflow.application.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.PdfFonts;
import org.ipflow.shared.ShownAmounts;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The notice PDF's table: every application number and amount reads on one line, as a reader and a text search
 * find them, while a long enterprise name wraps in its own column.
 */
class NoticePdfTest {

    @Test
    void numbersAndAmountsStayOnOneLineAndALongNameWraps() throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/application", "i18n/admin");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        NoticePdf pdf = new NoticePdf(new PdfFonts(), messages, new ShownAmounts(messages), new OfficeTime());
        String longName = "内蒙古自治区鄂尔多斯市稀土永磁新材料与高端装备制造产业技术研究院有限责任公司";
        List<NoticeList.Entry> entries = IntStream.rangeClosed(1, 5).mapToObj(i -> new NoticeList.Entry(
                "PTG-2026-00012" + i, i == 3 ? longName : "企业" + i, "稀土永磁电机转化项目" + i,
                new BigDecimal("1234567.8" + i), null)).toList();
        byte[] rendered = pdf.render(new NoticeList.Notice("GS-2026-0007", "patent-transformation-grant",
                Instant.parse("2026-12-14T09:00:00Z"), "0471-1234567", entries), "专利转化资助");

        String text;
        try (var document = Loader.loadPDF(rendered)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
        List<String> lines = text.lines().map(String::strip).toList();
        for (NoticeList.Entry entry : entries) {
            assertThat(lines).as("the number on one line").anyMatch(line -> line.startsWith(entry.number()));
        }
        assertThat(lines).filteredOn(line -> line.startsWith("PTG-2026-"))
                .allMatch(line -> line.matches("PTG-2026-\\d{6} .*\\d{1,3}(,\\d{3})*\\.\\d{2} 元"));
        assertThat(text).as("the long name wraps instead of pushing the columns").doesNotContain(longName);
    }
}
