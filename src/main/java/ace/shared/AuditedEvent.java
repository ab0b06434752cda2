package ace.shared;

import java.util.Map;

/**
 * A domain event that changes stored data. The audit module records every such event in its
 * hash chain, so modules never write to the audit log themselves. Implementations must never
 * carry secrets (passwords, second-factor seeds, tokens).
 */
public interface AuditedEvent {

    /** Who made the change (an e-mail, {@code system} or {@code cli}). */
    String actor();

    /** What was changed, as {@code Type:id}, e.g. {@code State:KEN}. */
    String subject();

    /** The recorded values before the change; empty for a creation. */
    default Map<String, ?> before() {
        return Map.of();
    }

    /** The recorded values after the change; empty for a deletion. */
    Map<String, ?> after();
}
