package org.ipflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @Test
    void checkCharacterOfARealWorldShapedCode() {
        // 9 = registered by market regulation, 1 = company, 150100 = Hohhot, MA0N0XXXX = organisation code.
        assertThat(CreditCode.checkCharacter("91150100MA0N0XXXX")).isEqualTo('X');
        assertThat(CreditCode.isValid("91150100MA0N0XXXXX")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91150100MA0QCKJ01L", "91150200MA0BTXC02X", "911501000000000004", "92150602MA0Q12345K",
            "91110000100000000R"})
    void acceptsCodesWithTheirCheckCharacter(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(new CreditCode(code).value()).isEqualTo(code);
    }

    @Test
    void parseStripsSpacesAndUpperCases() {
        assertThat(CreditCode.parse("  91150100ma0qckj01l ").value()).isEqualTo("91150100MA0QCKJ01L");
    }

    @Nested
    class Refuses {

        @Test
        void aWrongCheckCharacter() {
            assertThat(CreditCode.isValid("91150100MA0QCKJ01M")).isFalse();
            assertThat(CreditCode.isValid("91150100MA0N0XXXX0")).isFalse();
            assertThatIllegalArgumentException().isThrownBy(() -> new CreditCode("91150100MA0QCKJ01M"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "91150100MA0QCKJ01", "91150100MA0QCKJ01LL"})
        void aWrongLength(String code) {
            assertThat(CreditCode.isValid(code)).isFalse();
        }

        @Test
        void nothing() {
            assertThat(CreditCode.isValid(null)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
        void lettersOutsideTheAlphabetEvenWithAMatchingCheckCharacter(char letter) {
            String first17 = "91150100MA0N0XXX" + letter;
            assertThat(CreditCode.isValid(first17 + '0')).isFalse();
            for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
                assertThat(CreditCode.isValid(first17 + check)).as(first17 + check).isFalse();
            }
        }

        @Test
        void lowerCaseWithoutNormalising() {
            assertThat(CreditCode.isValid("91150100ma0qckj01l")).isFalse();
        }
    }
}
