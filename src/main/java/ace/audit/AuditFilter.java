package ace.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Auditor's filter: actor and subject contain text, action equals, recorded within [from, to). */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String subject,
        @Nullable Instant from, @Nullable Instant to) {

    String where() {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        if (present(actor)) {
            clauses.add("lower(actor) like ?");
        }
        if (present(action)) {
            clauses.add("action = ?");
        }
        if (present(subject)) {
            clauses.add("lower(subject) like ?");
        }
        if (from != null) {
            clauses.add("recorded_at >= ?");
        }
        if (to != null) {
            clauses.add("recorded_at < ?");
        }
        return String.join(" and ", clauses);
    }

    Object[] params(Object... trailing) {
        List<Object> values = new ArrayList<>();
        if (present(actor)) {
            values.add("%" + actor.strip().toLowerCase() + "%");
        }
        if (present(action)) {
            values.add(action.strip());
        }
        if (present(subject)) {
            values.add("%" + subject.strip().toLowerCase() + "%");
        }
        if (from != null) {
            values.add(Timestamp.from(from));
        }
        if (to != null) {
            values.add(Timestamp.from(to));
        }
        values.addAll(List.of(trailing));
        return values.toArray();
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
