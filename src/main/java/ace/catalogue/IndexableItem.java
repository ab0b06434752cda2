package ace.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the search index needs of an item: its texts by language, its codes, its facet values
 * and the access tokens of {@link ItemAccess}.
 */
public record IndexableItem(long id, String ref, ItemKind kind, ItemStatus status, Map<String, ItemText> texts,
        List<String> fields, List<String> types, List<String> regions, List<String> languages, String providerType,
        List<String> accessTokens, Instant updatedAt) {
}
