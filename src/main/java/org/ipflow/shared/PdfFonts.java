package org.ipflow.shared;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The font of IPFlow's PDFs (certificates, receipts). Chinese text needs a font with Chinese glyphs: Noto
 * Sans SC (SIL Open Font License) comes from Maven Central in {@code com.helger.font:ph-fonts-noto-sans-sc},
 * is read once from the class path and embedded by OpenPDF as a subset, so a PDF shows the same on every
 * reader and the server needs no system fonts.
 */
@Component
public class PdfFonts {

    static final String FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private volatile BaseFont font;

    /** Loaded on first use: the font file is 10 MB, parsed once and shared; each document embeds its own subset. */
    public BaseFont chinese() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                loaded = font;
                if (loaded == null) {
                    loaded = load();
                    font = loaded;
                }
            }
        }
        return loaded;
    }

    private static BaseFont load() {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is missing from the class path (ph-fonts-noto-sans-sc)");
            }
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load " + FONT, e);
        }
    }
}
