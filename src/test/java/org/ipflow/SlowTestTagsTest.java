package org.ipflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A test that opens Chromium or PostgreSQL itself carries the tag that lets {@code -Pfast} leave it out
 * ({@link BrowserTest}, {@link PostgresTest}, {@link ClusterTest}): on its class, on an enclosing class, or,
 * when only some of its tests open it, on those methods.
 */
class SlowTestTagsTest {

    private static final JavaClasses TESTS = IpflowClasses.TESTS;

    /** What makes a test slow, by type (a renamed class fails to compile here instead of matching nothing). */
    static Stream<Arguments> slowThings() {
        return Stream.of(Arguments.of(Browser.class, "browser"), Arguments.of(ChromeDriver.class, "browser"),
                Arguments.of(PostgresTestDatabase.class, "postgres"), Arguments.of(ClusterNode.class, "postgres"),
                Arguments.of(IpflowPostgresTest.class, "postgres"));
    }

    @ParameterizedTest
    @MethodSource("slowThings")
    void testsThatUseItAreTagged(Class<?> used, String tag) {
        List<String> untagged = TESTS.stream()
                // this test names the slow things by type, so depends on them without using them
                .filter(test -> !test.isEquivalentTo(SlowTestTagsTest.class))
                .filter(test -> test.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().isEquivalentTo(used)))
                .map(JavaClass::reflect)
                .filter(SlowTestTagsTest::hasTests)
                .filter(test -> !tagged(test, tag))
                .map(Class::getName).toList();

        assertThat(untagged).as("tests using " + used + " without the tag " + tag).isEmpty();
    }

    private static boolean hasTests(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .anyMatch(method -> AnnotationSupport.isAnnotated(method, Testable.class));
    }

    private static boolean tagged(Class<?> test, String tag) {
        for (Class<?> type = test; type != null; type = type.getEnclosingClass()) {
            if (hasTag(type, tag)) {
                return true;
            }
        }
        return Arrays.stream(test.getDeclaredMethods()).anyMatch(method -> hasTag(method, tag));
    }

    private static boolean hasTag(AnnotatedElement element, String tag) {
        return AnnotationSupport.findRepeatableAnnotations(element, Tag.class).stream()
                .anyMatch(found -> found.value().equals(tag));
    }
}
