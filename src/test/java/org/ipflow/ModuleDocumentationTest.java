package org.ipflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation with every build, from the same module model that {@link ArchitectureTest}
 * verifies: a component diagram of all modules, one of each module with its neighbours (PlantUML), and a
 * module canvas per module (its base package, Spring components, events published and listened to,
 * configuration properties), all under {@code target/spring-modulith-docs}.
 */
class ModuleDocumentationTest {

    private static final Path DOCS = Path.of("target", "spring-modulith-docs");
    private static final ApplicationModules MODULES = ApplicationModules.of(IpflowApplication.class);

    /** Once: a Documenter empties its folder before it writes. */
    @BeforeAll
    static void writeDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }

    @Test
    void everyModuleHasItsDiagramAndCanvas() {
        assertThat(DOCS.resolve("components.puml")).isNotEmptyFile();
        MODULES.forEach(module -> {
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml")).isNotEmptyFile();
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".adoc")).isNotEmptyFile();
        });
    }

    @Test
    void theApplicationCanvasShowsItsPublishedApiAndNotItsStores() throws IOException {
        assertThat(Files.readString(DOCS.resolve("module-application.adoc")))
                .contains("`o.i.a.Applications`", "`o.i.a.Timeline`", "`o.i.a.TaskDecisions`")
                .doesNotContain("ApplicationRepository", "DecisionRecords", "ObjectionRepository");
    }
}
