package org.ipflow.application;

import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides what an uploaded file really is from its bytes, never from its name or the browser's word:
 * only PDF, JPEG and PNG are accepted, and the stored name is stripped of paths and control characters.
 */
@Component
class DocumentCheck {

    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final Map<String, String> EXTENSION = Map.of("application/pdf", ".pdf", "image/jpeg", ".jpg",
            "image/png", ".png");

    private final Tika tika = new Tika();

    /** The detected media type, or null when the content is none of the accepted kinds. */
    String detect(byte[] content) {
        String type = tika.detect(content);
        return ACCEPTED.contains(type) ? type : null;
    }

    static String safeFileName(String original, String contentType) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document" + EXTENSION.get(contentType);
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
