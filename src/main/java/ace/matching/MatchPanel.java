package ace.matching;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ace.catalogue.ItemKind;
import ace.catalogue.ItemSuggestions;
import ace.catalogue.ItemView;
import ace.catalogue.Viewer;

/** The "offers that fit" / "requests that fit" panel of item pages. */
@Component
class MatchPanel implements ItemSuggestions {

    private final Matching matching;
    private final ReasonText reasons;

    MatchPanel(Matching matching, ReasonText reasons) {
        this.matching = matching;
        this.reasons = reasons;
    }

    @Override
    public List<Fit> fits(ItemView item, Viewer viewer, Locale locale, int limit) {
        List<Suggestion> suggestions;
        try {
            suggestions = item.kind() == ItemKind.REQUEST ? matching.offersFor(item.ref(), viewer, limit)
                    : matching.requestsFor(item.ref(), viewer, limit);
        }
        catch (ace.shared.NotFoundException notYetIndexed) {
            return List.of();
        }
        return suggestions.stream()
            .map(s -> new Fit(s.itemId(), s.ref(), s.score(), reasons.say(s.reasons(), locale)))
            .toList();
    }
}
