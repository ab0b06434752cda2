package ace.catalogue;

import java.util.List;
import java.util.Map;

import ace.shared.AuditedEvent;

/** A file was attached to an item. */
public record AttachmentAdded(long itemId, String ref, long attachmentId, String fileName, String sha256,
        String actor) implements AuditedEvent, CatalogueChange {

    @Override
    public String subject() {
        return "Item:" + ref;
    }

    @Override
    public Map<String, ?> after() {
        return Map.of("attachment", attachmentId, "fileName", fileName, "sha256", sha256);
    }

    @Override
    public List<Long> itemIds() {
        return List.of(itemId);
    }
}
