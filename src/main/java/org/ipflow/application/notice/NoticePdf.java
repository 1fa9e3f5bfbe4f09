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
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
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

    private PdfPTable entries(NoticeList.Notice notice, BaseFont base) {
        PdfPTable table = new PdfPTable(new float[] {1.6f, 2.4f, 2.6f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font head = new Font(base, 10, Font.NORMAL, Color.DARK_GRAY);
        Font cell = new Font(base, 10);
        for (String code : new String[] {"notice.number", "notice.enterprise", "notice.project", "notice.award"}) {
            table.addCell(cell(text(code), head));
        }
        for (NoticeList.Entry entry : notice.entries()) {
            table.addCell(cell(entry.number(), cell));
            table.addCell(cell(entry.enterpriseName(), cell));
            table.addCell(cell(entry.title(), cell));
            table.addCell(cell(entry.level() != null ? messages.getMessage("certificates.levelName." + entry.level(), null,
                    entry.level(), CHINESE) : shown.money(entry.amount(), CHINESE), cell));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Paragraph(text == null ? "" : text, font));
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPadding(5);
        return cell;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, CHINESE);
    }
}
