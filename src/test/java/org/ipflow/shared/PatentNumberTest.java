package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatentNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "201710601862.3",    // a published worked example of the check digit
            "ZL201710601862.3",
            "ZL202310123456.6",
            "202320123456.1",
            "ZL88201465.X",      // eight digits, before October 2003; remainder 10 is X
            "88201465.X",
    })
    void acceptsNumbersWithTheirCheckCharacter(String number) {
        assertThat(PatentNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ZL202310123456.7",  // a check digit off by one
            "201710601862.4",
            "88201465.0",
            "ZL2023101234567",   // no dot
            "ZL20231012345.6",   // eleven digits
            "CN202310123456.6",
            "zl202310123456.6",
            " ZL202310123456.6",
            "ZL202310123456.x",
            "",
    })
    void refusesWrongCheckCharactersAndFormats(String number) {
        assertThat(PatentNumber.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"201710601862, 3", "202310123456, 6", "88201465, X", "000000000000, 0"})
    void computesTheCheckCharacter(String digits, char check) {
        assertThat(PatentNumber.checkCharacter(digits)).isEqualTo(check);
    }

    @org.junit.jupiter.api.Test
    void parsesUserInputAndRefusesWhatIsInvalid() {
        assertThat(PatentNumber.parse(" zl202310123456.6 ").value()).isEqualTo("ZL202310123456.6");
        assertThat(PatentNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> PatentNumber.parse("ZL202310123456.7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PatentNumber.checkCharacter("1234")).isInstanceOf(IllegalArgumentException.class);
    }
}
