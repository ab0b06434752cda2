package ace.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ace.catalogue.Catalogue;

/**
 * {@code GET /api/v1/requests/{ref}/matches} (offers, as {@code ./ace match --request}) and
 * {@code GET /api/v1/offers/{ref}/matches} (the requests the offer can serve), for readers who
 * may see them; reasons in the {@code Accept-Language} language.
 */
@RestController
class MatchApiController {

    private final Matching matching;
    private final Catalogue catalogue;
    private final ReasonText reasons;

    MatchApiController(Matching matching, Catalogue catalogue, ReasonText reasons) {
        this.matching = matching;
        this.catalogue = catalogue;
        this.reasons = reasons;
    }

    @GetMapping("/api/v1/requests/{ref}/matches")
    List<Map<String, Object>> offers(@PathVariable String ref, @RequestParam(defaultValue = "10") int limit,
            Locale locale) {
        catalogue.get(ref, catalogue.viewer());
        return render(matching.offersFor(ref, catalogue.viewer(), bounded(limit)), "offer", locale);
    }

    @GetMapping("/api/v1/offers/{ref}/matches")
    List<Map<String, Object>> requests(@PathVariable String ref, @RequestParam(defaultValue = "10") int limit,
            Locale locale) {
        catalogue.get(ref, catalogue.viewer());
        return render(matching.requestsFor(ref, catalogue.viewer(), bounded(limit)), "request", locale);
    }

    private static int bounded(int limit) {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100");
        }
        return limit;
    }

    private List<Map<String, Object>> render(List<Suggestion> suggestions, String member, Locale locale) {
        // The database decides visibility, not the in-memory index, which may trail a change by seconds.
        var visible = new java.util.HashSet<>(catalogue.load(suggestions.stream().map(Suggestion::itemId).toList(),
                catalogue.viewer()).stream().map(ace.catalogue.ItemView::id).toList());
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (!visible.contains(s.itemId())) {
                continue;
            }
            Map<String, Object> match = new LinkedHashMap<>();
            match.put(member, s.ref());
            match.put("score", s.score());
            match.put("reasons", reasons.say(s.reasons(), locale));
            rendered.add(match);
        }
        return rendered;
    }
}
