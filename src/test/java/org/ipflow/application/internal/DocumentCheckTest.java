package org.ipflow.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.ipflow.application.TestDocuments;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, finding 6: files that start like a PDF, PNG or JPEG but carry scripts, launch actions,
 * embedded files or a web page, and names that pass for something else, as the tester sent them.
 */
class DocumentCheckTest {

    private final DocumentCheck check = new DocumentCheck();

    private Optional<String> refusal(byte[] content) {
        String type = check.detect(content);
        assertThat(type).as("still detected as an accepted type").isNotNull();
        return check.refusal(content, type);
    }

    @Nested
    class Accepted {

        @Test
        void ordinaryPdfsPngsAndJpegs() {
            assertThat(check.detect(TestDocuments.pdf())).isEqualTo("application/pdf");
            assertThat(check.detect(TestDocuments.png())).isEqualTo("image/png");
            assertThat(check.detect(TestDocuments.jpeg())).isEqualTo("image/jpeg");
            assertThat(refusal(TestDocuments.pdf())).isEmpty();
            assertThat(refusal(TestDocuments.png())).isEmpty();
            assertThat(refusal(TestDocuments.jpeg())).isEmpty();
        }

        @Test
        void aPdfThatOpensAtAPageAndLinksToAWebsiteOnClick() {
            byte[] pdf = TestDocuments.pdf(document -> {
                var fit = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination();
                fit.setPage(document.getPage(0));
                document.getDocumentCatalog().setOpenAction(fit);
                PDAnnotationLink link = new PDAnnotationLink();
                PDActionURI uri = new PDActionURI();
                uri.setURI("https://www.cnipa.gov.cn/");
                link.setAction(uri);
                addAnnotation(document, link);
            });
            assertThat(refusal(pdf)).isEmpty();
        }

        /** Bytes after the end that are no markup (a camera's trailer, padding): not a page for a browser. */
        @Test
        void dataAfterTheEndThatIsNoMarkup() {
            byte[] binary = new byte[4096];
            for (int i = 0; i < binary.length; i++) {
                binary[i] = (byte) i;
            }
            assertThat(refusal(join(TestDocuments.pdf(), binary))).isEmpty();
            assertThat(refusal(join(TestDocuments.jpeg(), binary))).isEmpty();
        }
    }

    @Nested
    class RefusedPdfs {

        @Test
        void javaScriptRunOnOpening() {
            byte[] pdf = TestDocuments.pdf(document -> document.getDocumentCatalog()
                    .setOpenAction(new PDActionJavaScript("app.launchURL('https://evil.example/', true);")));
            // compressed into an object stream: a search of the bytes would not find it, the parser does
            assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("JavaScript", "launchURL");
            assertThat(refusal(pdf)).contains("document.error.pdfJavaScript");
        }

        @Test
        void documentLevelJavaScript() {
            byte[] pdf = TestDocuments.pdf(document -> {
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
                scripts.setNames(java.util.Map.of("init", new PDActionJavaScript("this.print();")));
                names.setJavascript(scripts);
                document.getDocumentCatalog().setNames(names);
            });
            assertThat(refusal(pdf)).contains("document.error.pdfJavaScript");
        }

        @Test
        void javaScriptWithItsNamesSpeltInEscapes() {
            String raw = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction 4 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                    + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\n"
                    + "4 0 obj<</S/J#61vaScript/J#53(app.alert\\(1\\))>>endobj\n"
                    + "trailer<</Root 1 0 R/Size 5>>\n%%EOF\n";
            assertThat(refusal(raw.getBytes(StandardCharsets.ISO_8859_1))).contains("document.error.pdfJavaScript");
        }

        @Test
        void aLaunchActionBehindALink() {
            byte[] pdf = TestDocuments.pdf(document -> {
                PDActionLaunch launch = new PDActionLaunch();
                launch.setFile(new PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("C:\\Windows\\System32\\calc.exe")));
                PDAnnotationLink link = new PDAnnotationLink();
                link.setAction(launch);
                addAnnotation(document, link);
            });
            assertThat(refusal(pdf)).contains("document.error.pdfLaunch");
        }

        @Test
        void anEmbeddedFile() {
            byte[] pdf = TestDocuments.pdf(document -> {
                try {
                    PDEmbeddedFile file = new PDEmbeddedFile(document,
                            new java.io.ByteArrayInputStream("MZ payload".getBytes(StandardCharsets.US_ASCII)));
                    PDComplexFileSpecification spec = new PDComplexFileSpecification();
                    spec.setFile("invoice.exe");
                    spec.setEmbeddedFile(file);
                    PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
                    files.setNames(java.util.Map.of("invoice.exe", spec));
                    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                    names.setEmbeddedFiles(files);
                    document.getDocumentCatalog().setNames(names);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertThat(refusal(pdf)).contains("document.error.pdfEmbeddedFile");
        }

        @Test
        void aWebAddressOpenedOnOpening() {
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://evil.example/track");
            byte[] pdf = TestDocuments.pdf(document -> document.getDocumentCatalog().setOpenAction(uri));
            assertThat(refusal(pdf)).contains("document.error.pdfOpenAction");
        }

        @Test
        void aDamagedPdf() {
            assertThat(refusal("%PDF-1.7\nnothing else".getBytes(StandardCharsets.US_ASCII)))
                    .contains("document.error.pdfUnreadable");
        }
    }

    @Nested
    class Polyglots {

        private static final String PAGE = "<html><body><script>fetch('/api/applications')</script></body></html>";

        @Test
        void aPdfWithAWebPageAfterItsEnd() {
            assertThat(refusal(TestDocuments.append(TestDocuments.pdf(), "\n" + PAGE))).contains("document.error.polyglot");
        }

        @Test
        void aPdfWithAWebPageInside() {
            byte[] pdf = TestDocuments.pdf();
            String text = new String(pdf, StandardCharsets.ISO_8859_1);
            int header = text.indexOf('\n') + 1;
            byte[] polyglot = join(join(Arrays.copyOf(pdf, header), ("%" + PAGE + "\n").getBytes(StandardCharsets.US_ASCII)),
                    Arrays.copyOfRange(pdf, header, pdf.length));
            assertThat(refusal(polyglot)).contains("document.error.polyglot");
        }

        @Test
        void aPngWithAWebPageAfterIend() {
            assertThat(refusal(TestDocuments.append(TestDocuments.png(), PAGE))).contains("document.error.polyglot");
        }

        @Test
        void aPngWithMarkupNotOnTheListAfterIend() {
            assertThat(refusal(TestDocuments.append(TestDocuments.png(), "\n<div onmouseover=alert(1)>x</div>")))
                    .contains("document.error.polyglot");
        }

        @Test
        void aPngWithAScriptInATextChunk() {
            byte[] png = TestDocuments.png();
            int iend = png.length - 12;
            byte[] chunk = chunk("tEXt", "Comment\0<ScRiPt>alert(1)</script>");
            byte[] polyglot = join(join(Arrays.copyOf(png, iend), chunk), Arrays.copyOfRange(png, iend, png.length));
            assertThat(refusal(polyglot)).contains("document.error.polyglot");
        }

        @Test
        void aJpegWithAWebPageAfterEoi() {
            assertThat(refusal(TestDocuments.append(TestDocuments.jpeg(), "<p>" + PAGE))).contains("document.error.polyglot");
        }

        private static byte[] chunk(String type, String data) {
            byte[] body = (type + data).getBytes(StandardCharsets.ISO_8859_1);
            CRC32 crc = new CRC32();
            crc.update(body);
            var out = new ByteArrayOutputStream();
            int length = body.length - 4;
            out.write(length >>> 24);
            out.write(length >>> 16);
            out.write(length >>> 8);
            out.write(length);
            out.writeBytes(body);
            long sum = crc.getValue();
            out.write((int) (sum >>> 24));
            out.write((int) (sum >>> 16));
            out.write((int) (sum >>> 8));
            out.write((int) sum);
            return out.toByteArray();
        }
    }

    @Nested
    class Names {

        @ParameterizedTest(name = "{0} -> {2}")
        @CsvSource(delimiter = '|', textBlock = """
                contract.hta         | application/pdf | contract.pdf
                contract.bat         | application/pdf | contract.pdf
                contract.cmd         | application/pdf | contract.pdf
                contract.html        | application/pdf | contract.pdf
                contract.svg         | image/png       | contract.png
                shortcut.lnk         | image/jpeg      | shortcut.jpg
                contract.pdf.exe     | application/pdf | contract.pdf.pdf
                SCAN.PDF             | application/pdf | SCAN.pdf
                photo.JPEG           | image/jpeg      | photo.jpeg
                营业执照              | image/png       | 营业执照.png
                报告 v1. final        | application/pdf | 报告 v1. final.pdf
                'contract.pdf. . '   | application/pdf | contract.pdf
                .hidden              | application/pdf | hidden.pdf
                CON.pdf              | application/pdf | _CON.pdf
                ..                   | image/png       | document.png
                """)
        void theExtensionIsTheDetectedTypesAndTheBaseNameStays(String sent, String type, String stored) {
            assertThat(DocumentCheck.safeFileName(sent, type)).isEqualTo(stored);
        }

        /** U+202E shows "invoice\u202Efdp.exe" as "invoiceexe.pdf"; the invisible characters go, the name's real end shows. */
        @Test
        void controlAndBidiCharactersAreRemoved() {
            assertThat(DocumentCheck.safeFileName("invoice\u202Efdp.exe", "application/pdf")).isEqualTo("invoicefdp.pdf");
            for (String invisible : List.of("\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066",
                    "\u2067", "\u2068", "\u2069", "\u200B", "\uFEFF", "\u0000", "\u001B", "\u007F", "\u0085", "\r\n", "\t")) {
                String name = DocumentCheck.safeFileName("合" + invisible + "同.pdf", "application/pdf");
                assertThat(name).as("U+%04X", (int) invisible.charAt(0)).isEqualTo("合同.pdf");
                assertThat(name.codePoints().filter(c -> Character.getType(c) == Character.CONTROL
                        || Character.getType(c) == Character.FORMAT)).isEmpty();
            }
        }

        @Test
        void aLongNameIsCutAtTheFrontKeepingTheDetectedExtension() {
            String name = DocumentCheck.safeFileName("专".repeat(300) + ".hta", "application/pdf");
            assertThat(name).hasSize(200).endsWith("专.pdf");
        }
    }

    private static void addAnnotation(PDDocument document, PDAnnotationLink link) {
        try {
            document.getPage(0).getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] join(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
