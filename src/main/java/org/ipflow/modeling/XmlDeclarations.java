package org.ipflow.modeling;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses document type declarations, entities and XInclude by looking at the raw bytes, before any
 * XML parser sees them: external entities read files and URLs, nested entities ("billion laughs")
 * exhaust memory, and a model never needs either. NUL bytes are dropped first so that UTF-16 text
 * cannot hide a declaration.
 */
final class XmlDeclarations {

    private static final Pattern DECLARATION = Pattern.compile("<!\\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)",
            Pattern.CASE_INSENSITIVE);
    private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";

    private XmlDeclarations() {
    }

    static List<ModelProblem> check(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1).replace("\0", "");
        List<ModelProblem> problems = new ArrayList<>();
        Matcher matcher = DECLARATION.matcher(text);
        if (matcher.find()) {
            problems.add(ModelProblem.of(null, line(text, matcher.start()), "model.problem.declaration",
                    matcher.group(1).toUpperCase(Locale.ROOT)));
        }
        int xinclude = text.indexOf(XINCLUDE);
        if (xinclude >= 0) {
            problems.add(ModelProblem.of(null, line(text, xinclude), "model.problem.xinclude"));
        }
        return problems;
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
