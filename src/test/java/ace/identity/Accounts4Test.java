package ace.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Test fixture: opens accounts with fresh e-mails and enrols their second factor. */
@org.springframework.boot.test.context.TestComponent
class Accounts4Test {

    static final String PASSWORD = "a long and unusual passphrase";

    private final Identity identity;
    private final SecondFactors secondFactors;
    private final AccountAdministration administration;
    private final ApiTokens tokens;
    private final Clock clock;

    Accounts4Test(Identity identity, SecondFactors secondFactors, AccountAdministration administration,
            ApiTokens tokens, Clock clock) {
        this.identity = identity;
        this.secondFactors = secondFactors;
        this.administration = administration;
        this.tokens = tokens;
        this.clock = clock;
    }

    void deactivate(CurrentUser user) {
        administration.deactivate(user.id());
    }

    String token(CurrentUser user) {
        return identity.issueToken(user.email(), "test");
    }

    void revokeAll(CurrentUser user) {
        tokens.findByAccountIdOrderByCreatedAtDesc(user.id())
            .forEach(t -> administration.revokeToken(user.id(), t.id()));
    }

    CurrentUser open(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        String state = role.needsState() ? "KEN" : null;
        return identity.create(new NewAccount(email, "Test " + role, role, state, null), PASSWORD);
    }

    /** Enrols a fresh secret; returns it and the recovery codes. */
    Enrolled enrol(CurrentUser user) {
        String secret = Secrets.totpSecret();
        List<String> codes = secondFactors.enrol(user.id(), secret, Totp.code(secret, Totp.step(clock.instant())));
        return new Enrolled(secret, codes);
    }

    String codeNow(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    record Enrolled(String secret, List<String> recoveryCodes) {
    }
}
