package org.ipflow.application.receipt;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.ipflow.application.Application;
import org.ipflow.application.Attachment;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.programme.Programme;
import org.ipflow.shared.OfficeTime;
import org.ipflow.shared.PdfFonts;
import org.springframework.stereotype.Component;

/**
 * Renders the receipt (受理回执) of a submitted application as an A4 PDF with OpenPDF: the number, programme,
 * enterprise, time of submission, the documents received, the time limits and the query code. Labels are
 * in Chinese with English beside them, as on certificates: the receipt is an official paper.
 */
@Component
class ReceiptPdf {

    private final PdfFonts fonts;
    private final ReceiptSettings settings;
    private final OfficeTime officeTime;

    ReceiptPdf(PdfFonts fonts, ReceiptSettings settings, OfficeTime officeTime) {
        this.fonts = fonts;
        this.settings = settings;
        this.officeTime = officeTime;
    }

    /** What a receipt states. */
    record Contents(Application application, Programme programme, Enterprise enterprise, List<Attachment> documents,
            String queryCode) {
    }

    byte[] render(Contents c) {
        BaseFont base = fonts.chinese();
        Font label = new Font(base, 10.5f, Font.NORMAL, Color.DARK_GRAY);
        Font value = new Font(base, 10.5f);
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("受理回执 " + c.application().number());
            document.addCreator("IPFlow");
            document.open();
            document.add(centred("受理回执", new Font(base, 22), 2));
            document.add(centred("Receipt of application", new Font(base, 12), 20));
            PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
            table.setWidthPercentage(100);
            row(table, "申报编号 Number", c.application().number(), label, value);
            row(table, "申报项目 Programme", c.programme().nameZh() + " / " + c.programme().name(Locale.ENGLISH), label, value);
            row(table, "申报企业 Enterprise", c.enterprise().name() + "\n统一社会信用代码 " + c.enterprise().creditCode(),
                    label, value);
            row(table, "申报名称 Title", c.application().title() == null ? "" : c.application().title(), label, value);
            row(table, "提交时间 Submitted", officeTime.minutes(c.application().submittedAt()) + "（北京时间 Beijing time）",
                    label, value);
            row(table, "收到材料 Documents", documents(c), label, value);
            row(table, "办理时限 Time limits", ("自受理之日起 %d 个工作日内办结（补正、公示期间不计入）；需补正的，请在通知之日起 %d 日内"
                    + "提交补正材料。\nDecided within %d working days (corrections and public notice not counted); "
                    + "corrections are due %d days after the request.").formatted(settings.workingDays(),
                    settings.correctionDays(), settings.workingDays(), settings.correctionDays()), label, value);
            row(table, "查询码 Query code", c.queryCode(), label, new Font(base, 14));
            row(table, "进度查询 Progress", settings.progressUrl(), label, value);
            document.add(table);
            Paragraph issuer = new Paragraph(20, settings.issuer() + "\n" + officeTime.date(c.application().submittedAt()),
                    new Font(base, 12));
            issuer.setAlignment(Element.ALIGN_RIGHT);
            issuer.setSpacingBefore(28);
            document.add(issuer);
            Paragraph note = new Paragraph(14, "凭申报编号和查询码可在上述网址查询办理进度，无需登录；请妥善保管本回执。"
                    + "\nWith the number and the query code anyone may look up the progress at the address above, "
                    + "without logging in; please keep this receipt.", new Font(base, 9, Font.NORMAL, Color.DARK_GRAY));
            note.setSpacingBefore(30);
            document.add(note);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the receipt of " + c.application().number(), e);
        }
        return out.toByteArray();
    }

    private static String documents(Contents c) {
        if (c.documents().isEmpty()) {
            return "—";
        }
        StringBuilder text = new StringBuilder();
        for (Attachment a : c.documents()) {
            String kind = c.programme().documentLabel(a.kind(), Locale.CHINESE);
            text.append(text.isEmpty() ? "" : "\n").append(kind == null ? a.kind() : kind).append("：").append(a.fileName());
        }
        return text.toString();
    }

    private static void row(PdfPTable table, String label, String text, Font labelFont, Font valueFont) {
        table.addCell(cell(label, labelFont));
        table.addCell(cell(text, valueFont));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Paragraph(14, text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPaddingTop(6);
        cell.setPaddingBottom(8);
        return cell;
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
