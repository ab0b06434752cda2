package ace.catalogue;

import java.util.List;
import java.util.Locale;

/**
 * What fits an item — offers for a request, requests for an offer — with a score and reasons;
 * implemented by the matching module, shown on the item's page.
 */
public interface ItemSuggestions {

    List<Fit> fits(ItemView item, Viewer viewer, Locale locale, int limit);

    /** A fitting item: its id and ref, the score in [0,1], the reasons in the reader's language. */
    record Fit(long itemId, String ref, double score, List<String> reasons) {
    }
}
