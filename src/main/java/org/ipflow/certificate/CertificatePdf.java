package org.ipflow.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.shared.PdfFonts;
import org.springframework.stereotype.Component;

/** Renders a certificate as a one-page A4 PDF with OpenPDF, in the Chinese font of {@link PdfFonts}. */
@Component
class CertificatePdf {

    private static final Color INK = new Color(0x8a, 0x1c, 0x1c);

    private final CertificateSettings settings;
    private final PdfFonts fonts;

    CertificatePdf(CertificateSettings settings, PdfFonts fonts) {
        this.settings = settings;
        this.fonts = fonts;
    }

    byte[] render(Certificate certificate, Enterprise enterprise) {
        BaseFont base = fonts.chinese();
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 90, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(certificate.level().nameZh() + "证书 " + certificate.number());
            document.addCreator("IPFlow");
            document.open();
            border(writer.getDirectContent());
            document.add(centred(certificate.level().nameZh() + "证书", new Font(base, 28, Font.NORMAL, INK), 6));
            document.add(centred("Certificate of " + certificate.level().nameEn(), new Font(base, 13), 36));
            Paragraph statement = new Paragraph(24, "%s（统一社会信用代码 %s）经审核、公示，被认定为%s。".formatted(
                    enterprise.name(), enterprise.creditCode(), certificate.level().nameZh()), new Font(base, 14));
            statement.setSpacingAfter(18);
            document.add(statement);
            document.add(details(certificate, enterprise, base));
            Paragraph issuer = new Paragraph(22, settings.issuer() + "\n" + certificate.validFrom(), new Font(base, 14));
            issuer.setAlignment(Element.ALIGN_RIGHT);
            issuer.setSpacingBefore(36);
            document.add(issuer);
            Paragraph note = new Paragraph(16, "本证书的真伪和有效状态可在验证网址查询，或在 " + settings.publicUrl()
                    + "/public/certificates 输入验证码查询。", new Font(base, 10, Font.NORMAL, Color.DARK_GRAY));
            note.setSpacingBefore(48);
            document.add(note);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render certificate " + certificate.number(), e);
        }
        return out.toByteArray();
    }

    private PdfPTable details(Certificate certificate, Enterprise enterprise, BaseFont base) {
        PdfPTable table = new PdfPTable(new float[] {1f, 3.2f});
        table.setWidthPercentage(100);
        Font label = new Font(base, 12, Font.NORMAL, Color.DARK_GRAY);
        Font value = new Font(base, 12);
        String[][] rows = {
                {"证书编号 Number", certificate.number()},
                {"企业名称 Enterprise", enterprise.name()},
                {"认定等级 Level", certificate.level().nameZh() + " / " + certificate.level().nameEn()},
                {"有效期 Valid", certificate.validFrom() + " 至 " + certificate.validUntil()},
                {"验证码 Code", certificate.verificationCode()},
                {"验证网址 Check at", settings.verificationUrl(certificate.verificationCode())}};
        for (String[] row : rows) {
            table.addCell(cell(row[0], label));
            table.addCell(cell(row[1], value));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPaddingTop(8);
        cell.setPaddingBottom(8);
        return cell;
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static void border(PdfContentByte canvas) {
        canvas.saveState();
        canvas.setColorStroke(INK);
        canvas.setLineWidth(3);
        canvas.rectangle(36, 36, PageSize.A4.getWidth() - 72, PageSize.A4.getHeight() - 72);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(44, 44, PageSize.A4.getWidth() - 88, PageSize.A4.getHeight() - 88);
        canvas.stroke();
        canvas.restoreState();
    }
}
