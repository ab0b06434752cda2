package ace.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import ace.catalogue.ItemContent;
import ace.catalogue.ItemKind;
import ace.catalogue.ItemText;
import ace.catalogue.ItemView;
import ace.directory.Directory;
import ace.directory.StateView;

/** Packs catalogue items for matching. */
final class MatchItems {

    private final Directory directory;
    private final Vocabulary vocabulary;

    MatchItems(Directory directory, Vocabulary vocabulary) {
        this.directory = directory;
        this.vocabulary = vocabulary;
    }

    MatchItem of(ItemView item) {
        ItemContent c = item.content();
        String state = c.party().stateCode();
        int region = -1;
        if (c.kind() == ItemKind.REQUEST && state != null) {
            region = directory.state(state).map(StateView::unRegion).map(Enum::ordinal).orElse(-1);
        }
        Set<String> languages = new LinkedHashSet<>(c.languages());
        if (languages.isEmpty()) {
            languages.addAll(c.texts().keySet());
        }
        if (c.kind() == ItemKind.REQUEST) {
            // A requester can work in the languages she wrote in, too.
            languages.addAll(c.texts().keySet());
        }
        TreeSet<Integer> concepts = new TreeSet<>();
        for (var text : c.texts().entrySet()) {
            ItemText t = text.getValue();
            String all = t.description() == null ? t.title() : t.title() + ". " + t.description();
            for (int concept : vocabulary.concepts(text.getKey(), all)) {
                concepts.add(concept);
            }
        }
        List<String> states = new ArrayList<>(c.states());
        return new MatchItem(item.id(), item.ref(), c.kind(), c.status(), c.party(), c.visibility(),
                Codes.fields(c.fields()), Codes.types(c.types()), Languages.mask(languages), Languages.others(languages),
                Codes.regions(c.regions()), states.toArray(String[]::new), state, region, c.validFrom(),
                c.validUntil(), concepts.stream().mapToInt(Integer::intValue).toArray(), item.updatedAt());
    }
}
