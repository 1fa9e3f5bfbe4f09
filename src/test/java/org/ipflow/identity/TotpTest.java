package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, appendix B: the SHA-1 vectors, eight digits. */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void computesTheCodesOfRfc6238(long time, String code) {
        assertThat(Totp.code(RFC_KEY, Totp.step(time), 8, "HmacSHA1")).isEqualTo(code);
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNoOther() {
        String secret = Totp.base32(RFC_KEY);
        long time = 1111111111;
        long step = Totp.step(time);
        for (long near = step - 1; near <= step + 1; near++) {
            String code = Totp.code(RFC_KEY, near, Totp.DIGITS, "HmacSHA1");
            assertThat(Totp.matchingStep(secret, code, time)).hasValue(near);
        }
        assertThat(Totp.matchingStep(secret, Totp.code(RFC_KEY, step + 2, Totp.DIGITS, "HmacSHA1"), time)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12a456", time)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, time)).isEmpty();
    }

    @Test
    void secretsAreBase32OfTwentyRandomBytesThatDecodeBack() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
        assertThat(Totp.base32(Totp.base32Decode(secret))).isEqualTo(secret);
        assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }
}
