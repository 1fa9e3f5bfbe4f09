package org.ipflow.application.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads an uploaded PDF with PDFBox and finds what a reader could run or open on a reviewer's machine:
 * JavaScript (also XFA forms, which carry scripts), launch actions, embedded files and an action run on
 * opening other than going to a page. Every object is looked at, those the trailer reaches and those the
 * cross-reference table lists, in object streams too, so a name spelt with escapes ({@code /J#61vaScript})
 * or compressed out of sight is found all the same. A PDF PDFBox cannot read, or only with a password, is
 * refused: a reviewer could not read it either.
 */
final class PdfContent {

    /** Keys and values naming scripts, launches and embedded files, each with the refusal's message code. */
    private static final Map<COSName, String> KEYS = Map.of(
            COSName.JS, "document.error.pdfJavaScript", COSName.JAVA_SCRIPT, "document.error.pdfJavaScript",
            COSName.getPDFName("XFA"), "document.error.pdfJavaScript",
            COSName.EMBEDDED_FILES, "document.error.pdfEmbeddedFile", COSName.EF, "document.error.pdfEmbeddedFile",
            COSName.getPDFName("RichMediaContent"), "document.error.pdfEmbeddedFile");
    private static final Map<COSName, String> ACTIONS = Map.of(
            COSName.JAVA_SCRIPT, "document.error.pdfJavaScript", COSName.getPDFName("Launch"), "document.error.pdfLaunch",
            COSName.getPDFName("GoToE"), "document.error.pdfEmbeddedFile");
    private static final COSName GO_TO = COSName.getPDFName("GoTo");
    private static final Set<COSName> EMBEDDED_TYPES = Set.of(COSName.EMBEDDED_FILE, COSName.getPDFName("FileAttachment"));

    private PdfContent() {
    }

    /** The message code of the first reason to refuse the PDF, if there is one. */
    static Optional<String> refusal(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            COSDocument document = pdf.getDocument();
            Deque<COSBase> pending = new ArrayDeque<>();
            pending.push(document.getTrailer());
            document.getXrefTable().keySet().forEach(key -> pending.push(document.getObjectFromPool(key)));
            Optional<String> found = walk(pending);
            return found.isPresent() ? found : openAction(pdf.getDocumentCatalog().getCOSObject());
        } catch (InvalidPasswordException e) {
            return Optional.of("document.error.pdfEncrypted");
        } catch (IOException | RuntimeException e) {
            return Optional.of("document.error.pdfUnreadable");
        }
    }

    private static Optional<String> walk(Deque<COSBase> pending) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            COSBase value = next instanceof COSObject reference ? reference.getObject() : next;
            if (value == null || !seen.add(value)) {
                continue;
            }
            if (value instanceof COSDictionary dictionary) {
                Optional<String> found = inspect(dictionary);
                if (found.isPresent()) {
                    return found;
                }
                dictionary.getValues().forEach(pending::push);
            } else if (value instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inspect(COSDictionary dictionary) {
        for (COSName key : dictionary.keySet()) {
            if (KEYS.containsKey(key)) {
                return Optional.of(KEYS.get(key));
            }
        }
        if (dictionary.getDictionaryObject(COSName.S) instanceof COSName action && ACTIONS.containsKey(action)) {
            return Optional.of(ACTIONS.get(action));
        }
        boolean embedded = dictionary.getDictionaryObject(COSName.TYPE) instanceof COSName type && EMBEDDED_TYPES.contains(type)
                || dictionary.getDictionaryObject(COSName.SUBTYPE) instanceof COSName subtype && EMBEDDED_TYPES.contains(subtype);
        return embedded ? Optional.of("document.error.pdfEmbeddedFile") : Optional.empty();
    }

    /** Opening may go to a page; any other action on opening (a web address, a form sent off) is refused. */
    private static Optional<String> openAction(COSDictionary catalog) {
        if (catalog.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary action
                && !GO_TO.equals(action.getDictionaryObject(COSName.S))) {
            return Optional.of("document.error.pdfOpenAction");
        }
        return Optional.empty();
    }
}
