package ace.catalogue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    /**
     * The facet filters of a request's parameters: each facet may repeat or list values with
     * commas; codes are upper-cased, language tags kept as given.
     */
    static Map<String, Set<String>> filters(Map<String, List<String>> params) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<String> values = params.get(facet);
            if (values == null) {
                continue;
            }
            Set<String> accepted = new LinkedHashSet<>();
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        accepted.add(facet.equals("language") ? part.strip() : part.strip().toUpperCase(Locale.ROOT));
                    }
                }
            }
            if (!accepted.isEmpty()) {
                filters.put(facet, accepted);
            }
        }
        return filters;
    }

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
