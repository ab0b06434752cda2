package ace.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "identity_account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private @Nullable String displayName;
    private @Nullable String language;
    private long sessionEpoch;
    private @Nullable String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private @Nullable String stateCode;
    private @Nullable Long organisationId;
    private boolean active;
    private @Nullable String totpSecret;
    private boolean totpEnabled;
    private long totpLastStep;
    private @Nullable String inviteTokenHash;
    private @Nullable Instant inviteExpiresAt;
    private Instant createdAt;
    private @Nullable Instant lastSignInAt;

    @Version
    private long version;

    protected Account() {
    }

    Account(String email, @Nullable String displayName, Role role, @Nullable String stateCode,
            @Nullable Long organisationId, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.stateCode = stateCode;
        this.organisationId = organisationId;
        this.active = true;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    String email() {
        return email;
    }

    @Nullable String displayName() {
        return displayName;
    }

    @Nullable String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    @Nullable String stateCode() {
        return stateCode;
    }

    @Nullable Long organisationId() {
        return organisationId;
    }

    boolean active() {
        return active;
    }

    boolean totpEnabled() {
        return totpEnabled;
    }

    @Nullable String totpSecret() {
        return totpSecret;
    }

    @Nullable Instant lastSignInAt() {
        return lastSignInAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean invitationPending() {
        return inviteTokenHash != null;
    }

    CurrentUser currentUser() {
        return new CurrentUser(id, email, role, stateCode, organisationId);
    }

    void setPassword(String hash) {
        this.passwordHash = hash;
        this.inviteTokenHash = null;
        this.inviteExpiresAt = null;
    }

    void invite(String tokenHash, Instant expiresAt) {
        this.inviteTokenHash = tokenHash;
        this.inviteExpiresAt = expiresAt;
    }

    boolean invitationValid(Instant now) {
        return inviteTokenHash != null && inviteExpiresAt != null && now.isBefore(inviteExpiresAt) && active;
    }

    @Nullable String language() {
        return language;
    }

    /** The language she reads ACE in (a BCP 47 tag), for the mail ACE sends her. */
    void readsIn(@Nullable String tag) {
        this.language = tag;
    }

    /** A new role, with the State or organisation it needs (and only that). */
    void assign(Role role, @Nullable String stateCode, @Nullable Long organisationId) {
        this.role = role;
        this.stateCode = stateCode;
        this.organisationId = organisationId;
        endSessions();
    }

    void deactivate() {
        this.active = false;
        endSessions();
    }

    long sessionEpoch() {
        return sessionEpoch;
    }

    /** Every session opened before this call ends at its next request. */
    void endSessions() {
        this.sessionEpoch++;
    }

    void reactivate() {
        this.active = true;
    }

    void enrolSecondFactor(String secret, long step) {
        this.totpSecret = secret;
        this.totpEnabled = true;
        this.totpLastStep = step;
    }

    void resetSecondFactor() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = 0;
        endSessions();
    }

    /** Accepts each time step once, so an overheard code cannot be replayed. */
    boolean acceptTotpStep(long step) {
        if (step <= totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    void signedIn(Instant now) {
        this.lastSignInAt = now;
    }

    Map<String, Object> recorded() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("email", email);
        values.put("role", role.name());
        values.put("state", stateCode == null ? "" : stateCode);
        values.put("organisation", organisationId == null ? "" : organisationId);
        values.put("active", active);
        values.put("secondFactor", totpEnabled);
        return values;
    }
}
