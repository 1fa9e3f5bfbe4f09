package org.ipflow.application.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides what an uploaded file really is from its bytes, never from its name or the browser's word:
 * only PDF, JPEG and PNG are accepted; a PDF that could run or open something, and any of the three that
 * hides a web page, are refused ({@link PdfContent}, {@link MarkupTraces}). The stored name keeps the
 * uploader's base name but takes the extension of the detected type, so that {@code contract.hta} with a
 * PDF inside is saved, and opened by a reviewer, as {@code contract.pdf}.
 */
@Component
class DocumentCheck {

    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final Map<String, Set<String>> EXTENSIONS = Map.of("application/pdf", Set.of("pdf"),
            "image/jpeg", Set.of("jpg", "jpeg"), "image/png", Set.of("png"));
    private static final Map<String, String> EXTENSION = Map.of("application/pdf", "pdf", "image/jpeg", "jpg",
            "image/png", "png");
    /** Control and format characters: line breaks, NUL, and the bidi controls (U+202E) that show a name backwards. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern RESERVED = Pattern.compile("[\"<>:|?*]");
    /** What ends a name in an extension: letters and digits after the last dot. */
    private static final Pattern EXTENSION_PART = Pattern.compile("\\.([\\p{L}\\p{N}]{1,16})$");
    /** Device names Windows opens instead of a file, whatever follows the dot. */
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)");
    private static final int MAX_NAME = 200;

    private final Tika tika = new Tika();

    /** The detected media type, or null when the content is none of the accepted kinds. */
    String detect(byte[] content) {
        String type = tika.detect(content);
        return ACCEPTED.contains(type) ? type : null;
    }

    /** Why content of an accepted type is refused all the same (a message code), if it is. */
    Optional<String> refusal(byte[] content, String type) {
        Optional<String> markup = MarkupTraces.refusal(content, type);
        if (markup.isPresent() || !"application/pdf".equals(type)) {
            return markup;
        }
        return PdfContent.refusal(content);
    }

    /**
     * The name to store and serve: no path, no invisible or reserved characters, the uploader's base name
     * and the detected type's extension, at most 200 characters (cut at the front, keeping the end).
     * Applied again when stored names are read, so names stored before this rule are served by it too.
     */
    static String safeFileName(String original, String contentType) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = trimmed(RESERVED.matcher(INVISIBLE.matcher(name).replaceAll("")).replaceAll("_"));
        String extension = EXTENSION.getOrDefault(contentType, "bin");
        var given = EXTENSION_PART.matcher(name);
        if (given.find()) {
            String lower = given.group(1).toLowerCase(Locale.ROOT);
            if (EXTENSIONS.getOrDefault(contentType, Set.of()).contains(lower)) {
                extension = lower;
            }
            name = name.substring(0, given.start());
        }
        String base = trimmed(name);
        if (base.isEmpty()) {
            base = "document";
        } else if (DEVICE.matcher(base).matches()) {
            base = "_" + base;
        }
        String safe = base + "." + extension;
        int length = safe.codePointCount(0, safe.length());
        return length > MAX_NAME ? safe.substring(safe.offsetByCodePoints(0, length - MAX_NAME)) : safe;
    }

    /** Windows drops trailing dots and spaces ("contract.pdf. " is "contract.pdf"); leading dots hide a file. */
    private static String trimmed(String name) {
        return name.replaceAll("^[.\\s]+|[.\\s]+$", "");
    }
}
