package ace.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One recorded change. {@code hash} seals every other field and the previous entry's hash. */
public record AuditEntry(long seq, Instant recordedAt, String actor, String action, String subject,
        @Nullable String before, @Nullable String after, String previousHash, String hash) {

    /** Recomputes the hash from the fields, as the chain was sealed. */
    public String computedHash() {
        return AuditHash.of(seq, recordedAt, actor, action, subject, before, after, previousHash);
    }
}
