package ace.catalogue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything a party says about an item. {@code texts} is ordered: the first language is the
 * original. Eligibility ({@code regions}, {@code states}) applies to offers only; empty means
 * any State Party.
 */
public record ItemContent(ItemKind kind, Party party, LinkedHashMap<String, ItemText> texts, Set<SubjectArea> fields,
        Set<AssistanceForm> types, Set<String> regions, Set<String> states, List<String> languages,
        @Nullable LocalDate validFrom, @Nullable LocalDate validUntil, Visibility visibility, ItemStatus status,
        @Nullable Long programmeId, List<Contact> contacts, List<String> partners) {

    public String originalLanguage() {
        return texts.keySet().iterator().next();
    }

    /** The text in the reader's language, else the original. */
    public Map.Entry<String, ItemText> textFor(String language) {
        for (var entry : texts.entrySet()) {
            if (entry.getKey().equals(language) || entry.getKey().startsWith(language + "-")) {
                return entry;
            }
        }
        return texts.entrySet().iterator().next();
    }
}
