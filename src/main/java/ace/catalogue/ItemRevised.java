package ace.catalogue;

import java.util.List;
import java.util.Map;

import ace.shared.AuditedEvent;

/** An item's content was changed (edited, translated, withdrawn or reopened). */
public record ItemRevised(long itemId, String ref, ItemKind kind, String change, String actor, Map<String, ?> before,
        Map<String, ?> after) implements AuditedEvent, CatalogueChange {

    @Override
    public String subject() {
        return "Item:" + ref;
    }

    @Override
    public List<Long> itemIds() {
        return List.of(itemId);
    }
}
