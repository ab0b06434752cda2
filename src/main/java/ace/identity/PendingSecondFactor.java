package ace.identity;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The password was right but the second factor is still owed (or, for ISU staff without one,
 * must first be enrolled). Not authenticated: every protected page stays closed until the
 * second step replaces this with a full authentication.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

    enum Step { VERIFY, ENROL }

    private final AccountPrincipal principal;
    private final Step step;

    PendingSecondFactor(AccountPrincipal principal, Step step) {
        super(List.of());
        this.principal = principal;
        this.step = step;
        super.setAuthenticated(false);
    }

    Step step() {
        return step;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public AccountPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("a pending second factor cannot be marked authenticated");
        }
        super.setAuthenticated(false);
    }
}
