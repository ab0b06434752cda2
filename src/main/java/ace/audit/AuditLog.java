package ace.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ace.shared.AuditedEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every {@link AuditedEvent} to the chain, inside the transaction that made the change:
 * the change and its record commit together or not at all. The chain head row is locked for
 * the append, so concurrent writers queue instead of forking the chain.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditedEvent event) {
        append(event.actor(), event.getClass().getSimpleName(), event.subject(), toJson(event.before()),
                toJson(event.after()));
    }

    void append(String actor, String action, String subject, @Nullable String before, @Nullable String after) {
        Map<String, Object> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
            .query().singleRow();
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String previous = (String) head.get("last_hash");
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = AuditHash.of(seq, at, actor, action, subject, before, after, previous);
        jdbc.sql("""
                insert into audit_entry (seq, recorded_at, actor, action, subject, before_state, after_state,
                                         previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(seq, Timestamp.from(at), actor, action, subject, before, after, previous, hash)
            .update();
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
    }

    /** Entries matching the filter, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        return jdbc.sql("select * from audit_entry where " + filter.where() + " order by seq desc limit ? offset ?")
            .params(filter.params(limit, offset))
            .query((rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
                    rs.getString("before_state"), rs.getString("after_state"), rs.getString("previous_hash"),
                    rs.getString("hash")))
            .list();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return jdbc.sql("select count(*) from audit_entry where " + filter.where())
            .params(filter.params())
            .query(Long.class).single();
    }

    /**
     * Walks the whole chain in order; returns the first entry that does not fit (its own hash
     * is wrong, it does not point to its predecessor's hash, or a sequence number is missing),
     * or empty when the chain is intact up to the recorded head.
     */
    @Transactional(readOnly = true)
    public Optional<ChainBreak> verify() {
        ChainWalker walker = new ChainWalker();
        jdbc.sql("select * from audit_entry order by seq").query(rs -> {
            if (walker.broken == null) {
                walker.accept(new AuditEntry(rs.getLong("seq"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
                        rs.getString("before_state"), rs.getString("after_state"), rs.getString("previous_hash"),
                        rs.getString("hash")));
            }
        });
        if (walker.broken != null) {
            return Optional.of(walker.broken);
        }
        Map<String, Object> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
            .query().singleRow();
        long lastSeq = ((Number) head.get("last_seq")).longValue();
        if (lastSeq != walker.seq || !head.get("last_hash").equals(walker.hash)) {
            return Optional.of(new ChainBreak(walker.seq + 1, "entries after " + walker.seq
                    + " are missing (the chain head records " + lastSeq + ")"));
        }
        return Optional.empty();
    }

    public long verifiedCount() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private @Nullable String toJson(Map<String, ?> values) {
        return values.isEmpty() ? null : json.writeValueAsString(new java.util.TreeMap<>(values));
    }

    /** Where and why the chain is broken. */
    public record ChainBreak(long seq, String reason) {
    }

    private static final class ChainWalker {
        long seq = 0;
        String hash = AuditHash.GENESIS;
        @Nullable ChainBreak broken;

        void accept(AuditEntry entry) {
            if (entry.seq() != seq + 1) {
                broken = new ChainBreak(seq + 1, "entry " + (seq + 1) + " is missing");
            }
            else if (!entry.previousHash().equals(hash)) {
                broken = new ChainBreak(entry.seq(), "entry " + entry.seq() + " does not follow entry " + seq);
            }
            else if (!entry.computedHash().equals(entry.hash())) {
                broken = new ChainBreak(entry.seq(), "entry " + entry.seq() + " was altered after it was recorded");
            }
            seq = entry.seq();
            hash = entry.hash();
        }
    }
}
