package ace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 Appendix B, SHA-1 column. */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheRfcTestVectors(long time, String expected) {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(time)), "HmacSHA1", 8)).isEqualTo(expected);
    }

    @Test
    void acceptsTheCurrentCodeAndOneStepOfDriftButNotTwo() {
        String secret = new Base32().encodeToString(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        String secret = Secrets.totpSecret();
        Instant now = Instant.now();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "abcdef", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "", now)).isEmpty();
    }

    @Test
    void buildsAnOtpauthUriAuthenticatorAppsRead() {
        assertThat(Totp.uri("ACE", "ana@example.org", "ABC"))
            .isEqualTo("otpauth://totp/ACE:ana%40example.org?secret=ABC&issuer=ACE&algorithm=SHA1&digits=6&period=30");
    }
}
