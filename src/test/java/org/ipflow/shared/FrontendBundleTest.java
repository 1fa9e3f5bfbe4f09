package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Maven build bundles the browser tools from src/main/frontend into the static resources. A build
 * with -DskipFrontend has no bundle, so these checks are skipped there and say so.
 */
class FrontendBundleTest {

    static final Path STATIC = Path.of("target", "classes", "static");

    private static final Pattern CSS_URL = Pattern.compile("url\\(\"?(\\./fonts/[^\"?#)]+)");

    static boolean frontendSkipped() {
        return Boolean.getBoolean("ipflow.skipFrontend");
    }

    // Per test, not per class: the report then lists each check as skipped, with the reason.
    @BeforeEach
    void frontendWasBuilt() {
        assumeFalse(frontendSkipped(), "frontend build skipped (-DskipFrontend): no bundle to check");
    }

    @Test
    void bundlesTheDiagramViewerScript() throws IOException {
        Path script = STATIC.resolve("js/diagram-viewer.js");

        assertThat(script).as("run the Maven build (npm run build) first").isRegularFile();
        assertThat(Files.size(script)).as("bpmn-js bundled into %s", script).isGreaterThan(100_000);
    }

    @Test
    void bundlesTheDashboardChartsWithoutEval() throws IOException {
        Path script = STATIC.resolve("js/dashboard-charts.js");

        assertThat(script).isRegularFile();
        String text = Files.readString(script);
        assertThat(text.length()).as("Chart.js bundled into %s", script).isGreaterThan(100_000);
        // The CSP has no 'unsafe-eval': the bundle must not need it.
        assertThat(text).doesNotContain("eval(", "new Function(");
    }

    @Test
    void bundlesTheDiagramStylesWithTheirFonts() throws IOException {
        Path css = STATIC.resolve("css/diagram-viewer.css");

        assertThat(css).isRegularFile();
        String text = Files.readString(css);
        // Checked one by one: the whole minified stylesheet would drown a failure message.
        assertThat(List.of(".djs-container", ".bjs-container", ".highlight", ".done", "font-family:bpmn"))
                .as("rules in %s", css).allMatch(text::contains);
        var fonts = CSS_URL.matcher(text).results().map(match -> css.resolveSibling(match.group(1))).toList();
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).isRegularFile());
    }
}
