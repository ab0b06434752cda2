package ace.identity;

import java.time.Instant;

/** For tests in other modules: the code an authenticator app would show. */
public final class TestTotp {

    private TestTotp() {
    }

    public static String code(String secret, Instant now) {
        return Totp.code(secret.replace(" ", ""), Totp.step(now));
    }
}
