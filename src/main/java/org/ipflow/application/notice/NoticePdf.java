package org.ipflow.application.notice;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.PdfFonts;
import org.ipflow.shared.ShownAmounts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a public notice (公示名单) as an A4 PDF with OpenPDF in the Chinese font of {@link PdfFonts}, as the
 * certificate is rendered: its number, programme, period and contact for objections, and one row per entry.
 * Always in Chinese, the language the office publishes notices in.
 */
@Component
class NoticePdf {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final float MARGIN = 56;
    /** The text width of an A4 page between the margins. */
    private static final float WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;
    private static final float PADDING = 5;
    private static final float MIN_TEXT_COLUMN = 60;

    private final PdfFonts fonts;
    private final MessageSource messages;
    private final ShownAmounts shown;
    private final OfficeTime officeTime;

    NoticePdf(PdfFonts fonts, MessageSource messages, ShownAmounts shown, OfficeTime officeTime) {
        this.fonts = fonts;
        this.messages = messages;
        this.shown = shown;
        this.officeTime = officeTime;
    }

    byte[] render(NoticeList.Notice notice, String programme) {
        BaseFont base = fonts.chinese();
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, 64, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("notice.heading", notice.noticeNumber()));
            document.addCreator("IPFlow");
            document.open();
            Paragraph title = new Paragraph(text("notice.heading", notice.noticeNumber()), new Font(base, 20));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(16);
            document.add(title);
            Font body = new Font(base, 11);
            document.add(new Paragraph(18, text("notice.programme", programme), body));
            document.add(new Paragraph(18, text("notice.period", officeTime.minutes(notice.until())), body));
            Paragraph contact = new Paragraph(18, text("notice.objections", notice.contact()), body);
            contact.setSpacingAfter(14);
            document.add(contact);
            document.add(entries(notice, base));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render notice " + notice.noticeNumber(), e);
        }
        return out.toByteArray();
    }

    /**
     * Application numbers and amounts are measured and given columns they fit in on one line, so that a reader (and
     * a text search of the PDF) finds each whole; what is left goes to the names and projects, which may wrap.
     */
    private PdfPTable entries(NoticeList.Notice notice, BaseFont base) throws DocumentException {
        Font head = new Font(base, 10, Font.NORMAL, Color.DARK_GRAY);
        Font cell = new Font(base, 10);
        String[] headings = {text("notice.number"), text("notice.enterprise"), text("notice.project"), text("notice.award")};
        float number = widest(base, headings[0], notice.entries().stream().map(NoticeList.Entry::number));
        float award = widest(base, headings[3], notice.entries().stream().map(this::award));
        float rest = Math.max(WIDTH - number - award, 2 * MIN_TEXT_COLUMN);
        PdfPTable table = new PdfPTable(4);
        table.setTotalWidth(new float[] {number, rest * 0.45f, rest * 0.55f, award});
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        for (String heading : headings) {
            table.addCell(cell(heading, head, false));
        }
        for (NoticeList.Entry entry : notice.entries()) {
            table.addCell(cell(entry.number(), cell, true));
            table.addCell(cell(entry.enterpriseName(), cell, false));
            table.addCell(cell(entry.title(), cell, false));
            table.addCell(cell(award(entry), cell, true));
        }
        return table;
    }

    private String award(NoticeList.Entry entry) {
        return entry.level() != null ? messages.getMessage("certificates.levelName." + entry.level(), null, entry.level(),
                CHINESE) : shown.money(entry.amount(), CHINESE);
    }

    /** The width of the longest text at the table's size, with the cell's padding and a point to spare. */
    private static float widest(BaseFont base, String heading, java.util.stream.Stream<String> texts) {
        float widest = java.util.stream.Stream.concat(java.util.stream.Stream.of(heading), texts)
                .map(t -> base.getWidthPoint(t == null ? "" : t, 10)).max(Float::compare).orElse(0f);
        return widest + 2 * PADDING + 2;
    }

    private static PdfPCell cell(String text, Font font, boolean oneLine) {
        PdfPCell cell = new PdfPCell(new Paragraph(text == null ? "" : text, font));
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPadding(PADDING);
        cell.setNoWrap(oneLine);
        return cell;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, CHINESE);
    }
}
