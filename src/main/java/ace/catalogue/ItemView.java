package ace.catalogue;

import java.time.Instant;
import java.util.List;

/** A stored item as readers see it (after the visibility check). */
public record ItemView(long id, String ref, long version, ItemContent content, Instant createdAt, Instant updatedAt,
        List<Attachment> attachments) {

    public ItemKind kind() {
        return content.kind();
    }
}
