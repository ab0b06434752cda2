package ace.identity;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it in the session. No secrets beyond the hash. */
record AccountPrincipal(long id, String email, @Nullable String passwordHash, Role role, @Nullable String stateCode,
        @Nullable Long organisationId, boolean active, boolean secondFactor, long sessionEpoch) implements UserDetails {

    static AccountPrincipal of(Account account) {
        return new AccountPrincipal(account.id(), account.email(), account.passwordHash(), account.role(),
                account.stateCode(), account.organisationId(), account.active(), account.totpEnabled(),
                account.sessionEpoch());
    }

    CurrentUser currentUser() {
        return new CurrentUser(id, email, role, stateCode, organisationId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash == null ? "" : passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active && passwordHash != null;
    }

    /** Keeps the hash out of logs and error pages. */
    @Override
    public String toString() {
        return "AccountPrincipal[" + email + ", " + role + "]";
    }
}
