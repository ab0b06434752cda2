package ace.matching;

import java.util.List;

/** An item that fits another, with its score in [0,1] and the reasons. */
public record Suggestion(long itemId, String ref, double score, List<Reason> reasons) {
}
