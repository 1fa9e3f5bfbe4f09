package org.ipflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each Chinese message bundle and its English twin name exactly the same keys, so no page falls back silently. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "i18n/application", "i18n/tasks", "i18n/admin", "i18n/reporting", "i18n/modeling",
            "i18n/calendar", "i18n/sharing"})
    void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
        Properties zh = load(bundle + ".properties");
        Properties en = load(bundle + "_en.properties");

        assertThat(zh.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages_en", "i18n/application", "i18n/application_en", "i18n/tasks",
            "i18n/tasks_en", "i18n/admin", "i18n/admin_en", "i18n/reporting", "i18n/reporting_en", "i18n/modeling",
            "i18n/modeling_en", "i18n/calendar", "i18n/calendar_en", "i18n/sharing", "i18n/sharing_en"})
    void noMessageIsBlank(String bundle) throws IOException {
        Properties messages = load(bundle + ".properties");
        assertThat(messages.stringPropertyNames()).as(bundle)
                .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
