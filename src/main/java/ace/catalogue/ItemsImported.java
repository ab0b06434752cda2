package ace.catalogue;

import java.util.List;
import java.util.Map;

import ace.shared.AuditedEvent;

/**
 * An interchange document was imported. One audit entry for the whole document, naming the
 * file's SHA-256 and every ref created and updated, so a bulk load stays a single fact.
 */
public record ItemsImported(String documentSha256, List<Long> itemIds, List<String> created, List<String> updated,
        String actor) implements AuditedEvent, CatalogueChange {

    @Override
    public String subject() {
        return "Import:" + documentSha256.substring(0, 16);
    }

    @Override
    public Map<String, ?> after() {
        return Map.of("sha256", documentSha256, "created", created, "updated", updated);
    }
}
