package org.ipflow.application.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Finds a web page hidden in a PDF, PNG or JPEG: a polyglot that is a valid document to a reader and an
 * HTML page to a browser, or a page appended after the format's end (PNG's IEND chunk, JPEG's EOI marker,
 * a PDF's last {@code %%EOF}), where viewers never look. Such a file is refused rather than cleaned: an
 * honest scan or export has no use for either.
 */
final class MarkupTraces {

    /** Openings of HTML and script, lower case: none occurs in a PDF's syntax or, but by astronomic chance, in image data. */
    private static final List<byte[]> MARKUP = List.of("<script", "<html", "<!doctype html", "<body", "<iframe",
            "<svg", "<object", "<embed", "<?php").stream().map(s -> s.getBytes(StandardCharsets.US_ASCII)).toList();
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D'};
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private MarkupTraces() {
    }

    /** The message code of the refusal, if the content carries markup. */
    static Optional<String> refusal(byte[] content, String type) {
        if (containsMarkup(content)) {
            return Optional.of("document.error.polyglot");
        }
        int end = switch (type) {
            case "image/png" -> pngEnd(content);
            case "image/jpeg" -> jpegEnd(content);
            default -> pdfEnd(content);
        };
        return end > 0 && markupAfter(content, end) ? Optional.of("document.error.polyglot") : Optional.empty();
    }

    private static boolean containsMarkup(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '<') {
                for (byte[] marker : MARKUP) {
                    if (matches(content, i, marker, true)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Bytes past the end that, after white space, open a tag: what a browser would read as a page. */
    private static boolean markupAfter(byte[] content, int end) {
        for (int i = end; i < content.length; i++) {
            byte b = content[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0) {
                return b == '<';
            }
        }
        return false;
    }

    /** Just past the IEND chunk (length, type, CRC), or -1 when the chunks do not lead there. */
    private static int pngEnd(byte[] png) {
        int at = 8;
        while (at + 12 <= png.length) {
            long length = ((png[at] & 0xFFL) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8) | (png[at + 3] & 0xFF);
            if (matches(png, at + 4, PNG_END, false)) {
                return at + 12;
            }
            if (length > png.length) {
                return -1;
            }
            at += 12 + (int) length;
        }
        return -1;
    }

    /**
     * Just past the EOI marker, or -1: segments are skipped by their length (an EXIF thumbnail has an EOI of
     * its own), entropy-coded data after each SOS up to the next marker that is neither stuffing nor RST.
     */
    private static int jpegEnd(byte[] jpeg) {
        int at = 2;
        while (at + 1 < jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return -1;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xD9) {
                return at + 2;
            }
            if (marker == 0xFF || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                at += marker == 0xFF ? 1 : 2;
                continue;
            }
            if (at + 3 >= jpeg.length) {
                return -1;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
            if (marker == 0xDA) {
                while (at + 1 < jpeg.length && !((jpeg[at] & 0xFF) == 0xFF && isMarker(jpeg[at + 1] & 0xFF))) {
                    at++;
                }
            }
        }
        return -1;
    }

    private static boolean isMarker(int b) {
        return b != 0x00 && !(b >= 0xD0 && b <= 0xD7);
    }

    /** Just past the last {@code %%EOF}, or -1 when there is none. */
    private static int pdfEnd(byte[] pdf) {
        for (int i = pdf.length - PDF_END.length; i >= 0; i--) {
            if (matches(pdf, i, PDF_END, false)) {
                return i + PDF_END.length;
            }
        }
        return -1;
    }

    /** Whether {@code part} is found at {@code at}; ignoring case, {@code part} is given in lower case. */
    private static boolean matches(byte[] content, int at, byte[] part, boolean ignoreCase) {
        if (at < 0 || at + part.length > content.length) {
            return false;
        }
        for (int j = 0; j < part.length; j++) {
            int b = content[at + j];
            if ((ignoreCase && b >= 'A' && b <= 'Z' ? b + 32 : b) != part[j]) {
                return false;
            }
        }
        return true;
    }
}
