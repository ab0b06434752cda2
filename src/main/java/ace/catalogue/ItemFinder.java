package ace.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search with facets over the items a viewer may see; implemented by the search
 * module, which keeps an index fed by {@link CatalogueChange} events.
 */
public interface ItemFinder {

    /** Facet names, also the query parameters of the list pages and the API. */
    List<String> FACETS = List.of("field", "type", "region", "providerType", "language", "status");

    Found find(Query query, Viewer viewer);

    /** {@code filters}: facet name → accepted values (an item must match one value of each facet). */
    /** {@code highlight}: compute fragments (pages show them; the API does not, and saves the work). */
    record Query(ItemKind kind, String text, Map<String, Set<String>> filters, int page, int size, boolean highlight) {

        public Query(ItemKind kind, String text, Map<String, Set<String>> filters, int page, int size) {
            this(kind, text, filters, page, size, true);
        }
    }

    record Found(List<Hit> hits, long total, Map<String, List<FacetCount>> facets) {
    }

    /** A matching item, with highlighted fragments (HTML-escaped, marks in {@code <mark>}) if the query had text. */
    record Hit(long itemId, String ref, List<String> fragments) {
    }

    record FacetCount(String value, long count) {
    }
}
