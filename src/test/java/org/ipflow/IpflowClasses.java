package org.ipflow;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * IPFlow's classes as ArchUnit sees them, imported once per test JVM for every rule that reads them: an
 * import resolves the types the classes use from the class path, which takes seconds each time, and the
 * test classes use most of the application's.
 */
final class IpflowClasses {

    private static final JavaClasses ALL = new ClassFileImporter().importPackages("org.ipflow");

    private static final DescribedPredicate<JavaClass> TEST_CODE = DescribedPredicate.describe("test code",
            type -> type.getSource().map(source -> ImportOption.Predefined.ONLY_INCLUDE_TESTS
                    .includes(Location.of(source.getUri()))).orElse(false));

    /** The application's classes (src/main/java), as {@code ImportOption.Predefined.DO_NOT_INCLUDE_TESTS} imports them. */
    static final JavaClasses MAIN = ALL.that(DescribedPredicate.not(TEST_CODE));

    /** The test classes (src/test/java), as {@code ImportOption.Predefined.ONLY_INCLUDE_TESTS} imports them. */
    static final JavaClasses TESTS = ALL.that(TEST_CODE);

    private IpflowClasses() {
    }
}
