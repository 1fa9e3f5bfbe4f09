package org.ipflow.application;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real documents for uploads, built in memory: a one-page PDF (PDFBox), a PNG and a JPEG (ImageIO). */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A one-page PDF as an office scanner or "Print to PDF" would make it. */
    public static byte[] pdf() {
        return pdf(document -> { });
    }

    /** A one-page PDF, changed by {@code change} before it is saved (compressed, objects in object streams). */
    public static byte[] pdf(Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    /** The content with {@code text} after it, as an attacker appends a page to a document. */
    public static byte[] append(byte[] content, String text) {
        byte[] tail = text.getBytes(StandardCharsets.UTF_8);
        byte[] joined = java.util.Arrays.copyOf(content, content.length + tail.length);
        System.arraycopy(tail, 0, joined, content.length, tail.length);
        return joined;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            image.setRGB(x, x, 0x3366CC);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
