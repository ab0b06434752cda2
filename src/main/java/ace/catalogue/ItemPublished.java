package ace.catalogue;

import java.util.List;
import java.util.Map;

import ace.shared.AuditedEvent;

/** A new offer or request was published. */
public record ItemPublished(long itemId, String ref, ItemKind kind, String actor, Map<String, ?> after)
        implements AuditedEvent, CatalogueChange {

    @Override
    public String subject() {
        return "Item:" + ref;
    }

    @Override
    public List<Long> itemIds() {
        return List.of(itemId);
    }
}
