package org.ipflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

class FormCatalogTest {

    @Test
    void findsPackagedFormsById() {
        FormCatalog catalog = TestForms.catalog();

        assertThat(catalog.find("grant-review")).isPresent();
        assertThat(catalog.find("no-such-form")).isEmpty();
        assertThat(catalog.require("grant-scoring").id()).isEqualTo("grant-scoring");
        assertThatThrownBy(() -> catalog.require("no-such-form"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no-such-form");
    }

    @Test
    void aBrokenFileStopsStartUpNamingTheFileAndComponent() {
        assertThatThrownBy(() -> new FormCatalog(files(file("broken.form",
                "{\"id\": \"broken\", \"components\": [{\"id\": \"Field_x\", \"type\": \"captcha\"}]}"))))
                .isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("forms/broken.form").hasMessageContaining("Field_x").hasMessageContaining("captcha");
    }

    @Test
    void twoFilesWithTheSameIdStopStartUp() {
        String json = "{\"id\": \"same\", \"components\": []}";

        assertThatThrownBy(() -> new FormCatalog(files(file("a.form", json), file("b.form", json))))
                .isInstanceOf(FormSchemaException.class).hasMessageContaining("'same'");
    }

    private static Resource file(String name, String json) {
        return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    /** A resource loader whose forms/ folder holds exactly these files. */
    private static ResourcePatternResolver files(Resource... resources) {
        return new ResourcePatternResolver() {
            private final DefaultResourceLoader loader = new DefaultResourceLoader();

            @Override
            public Resource[] getResources(String pattern) {
                return resources;
            }

            @Override
            public Resource getResource(String location) {
                return loader.getResource(location);
            }

            @Override
            public ClassLoader getClassLoader() {
                return loader.getClassLoader();
            }
        };
    }
}
