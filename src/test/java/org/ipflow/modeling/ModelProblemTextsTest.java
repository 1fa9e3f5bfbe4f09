package org.ipflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every problem text renders in both languages as MessageFormat reads it: each argument shown, no
 * placeholder, doubled quote or quoted brace left over (a single quote in a pattern swallows what
 * follows it, silently).
 */
class ModelProblemTextsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Object[] SAMPLE = {"ARG0", "ARG1", "ARG2"};

    private final ResourceBundleMessageSource messages = messages();

    /** The validator's own problems, and the reasons a form schema is refused (the forms module's bundle). */
    static Stream<Arguments> codes() throws IOException {
        Stream<Arguments> models = bundle("i18n/modeling").stringPropertyNames().stream().sorted()
                .map(code -> Arguments.of("i18n/modeling", code));
        Stream<Arguments> forms = bundle("messages").stringPropertyNames().stream()
                .filter(code -> code.startsWith("form.schema.")).sorted().map(code -> Arguments.of("messages", code));
        return Stream.concat(models, forms);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("codes")
    void rendersInBothLanguagesWithEveryArgumentAndNoLeftOvers(String bundle, String code) throws IOException {
        String zh = bundle(bundle).getProperty(code);
        String en = bundle(bundle + "_en").getProperty(code);
        assertThat(indexes(zh)).as("arguments of %s in both languages", code).isEqualTo(indexes(en));

        for (Locale locale : List.of(CHINESE, Locale.ENGLISH)) {
            ModelProblem problem = code.equals(ModelProblem.ENGINE) ? ModelProblem.engine("Task_A", 3, "ARG0")
                    : new ModelProblem("Task_A", 3, "English", code, List.of("ARG0", "ARG1", "ARG2"));
            String shown = problem.shown(messages, locale).message();
            assertThat(shown).as("%s in %s", code, locale).isNotBlank().doesNotContain("''").doesNotContain("'{'")
                    .doesNotContain("'}'").doesNotContainPattern("\\{\\d+}").doesNotContain(code);
            for (int index : indexes(locale == CHINESE ? zh : en)) {
                assertThat(shown).as("%s in %s", code, locale).contains(SAMPLE[index].toString());
            }
            if (locale == CHINESE) {
                assertThat(shown).as("a Chinese text has no English quotes of its own").doesNotContain("'");
            }
        }
    }

    @Test
    void theEnglishMessageIsTheEnglishText() {
        ModelProblem problem = ModelProblem.of("Task_Review", 7, "model.problem.unknownGroup", "auditors",
                "applicant, reviewer", BpmnContractRules.REGIONAL_REVIEWERS);

        assertThat(problem.message()).isEqualTo("unknown candidate group 'auditors': use a role (applicant, reviewer), "
                + "reviewer-${region} or an existing group");
        assertThat(problem.shown(messages, Locale.ENGLISH).message()).isEqualTo(problem.message());
        assertThat(problem.shown(messages, CHINESE).message())
                .isEqualTo("未知的候选组“auditors”：请使用角色（applicant, reviewer）、reviewer-${region} 或已有的组");
    }

    @Test
    void bracesAndQuotesOfTextsWithoutArgumentsRenderToo() {
        ModelProblem delegate = ModelProblem.of("Task_A", 1, "model.problem.delegateExpression");
        ModelProblem member = ModelProblem.of("Task_A", 1, "model.problem.expressionMember", "${''.getClass()}",
                "''.getClass()", "now()");

        assertThat(delegate.message()).isEqualTo("delegateExpression must name one building block, as ${beanName}");
        assertThat(delegate.shown(messages, CHINESE).message()).endsWith("${beanName}");
        assertThat(member.message()).isEqualTo("expression ${''.getClass()} not allowed: '''.getClass()' is not on the "
                + "allow-list; expressions may read variables, their maps and lists, and use now()");
    }

    @Test
    void theEnginesWordsStayAsTheyAreWithAChinesePrefix() {
        ModelProblem engine = ModelProblem.engine("Flow_1", 12, "Invalid 'targetRef': no such element {x}");

        assertThat(engine.code()).isNull();
        assertThat(engine.shown(messages, Locale.ENGLISH).message()).isEqualTo(engine.message());
        assertThat(engine.shown(messages, CHINESE).message())
                .isEqualTo("流程引擎：Invalid 'targetRef': no such element {x}");
        assertThat(engine.shown(messages, CHINESE)).satisfies(shown -> {
            assertThat(shown.elementId()).isEqualTo("Flow_1");
            assertThat(shown.line()).isEqualTo(12);
        });
    }

    private static Set<Integer> indexes(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            indexes.add(Integer.parseInt(matcher.group(1)));
        }
        return indexes;
    }

    /** As the application configures its messages (application.yml: spring.messages). */
    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/admin", "i18n/modeling");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ModelProblemTextsTest.class.getClassLoader().getResourceAsStream(name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
