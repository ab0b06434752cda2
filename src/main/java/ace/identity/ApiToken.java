package ace.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token; only its SHA-256 hash is stored, the token is shown once. */
@Entity
@Table(name = "identity_api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;
    private String name;
    private String tokenHash;
    private Instant createdAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(long accountId, String name, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    @Nullable Instant revokedAt() {
        return revokedAt;
    }

    boolean usable() {
        return revokedAt == null;
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
