package ace.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ace.catalogue.ItemKind;
import ace.catalogue.ItemStatus;
import ace.catalogue.Party;
import ace.catalogue.Visibility;

/**
 * What matching knows of an item, packed for speed: codes and languages as bit masks, the
 * concepts its texts mention with their weights. Languages beyond the 63 that have a bit are
 * kept by name in {@code otherLanguages} (sorted), so no language is ever lost.
 */
record MatchItem(long id, String ref, ItemKind kind, ItemStatus status, Party party, Visibility visibility,
        long fields, long types, long languages, String[] otherLanguages, long eligibleRegions, String[] eligibleStates,
        @Nullable String requesterState, int requesterRegion, @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil, int[] concepts, Instant updatedAt) {

    boolean open() {
        return status == ItemStatus.OPEN;
    }

    /** The primary language subtags this item and the other both have. */
    List<String> languagesSharedWith(MatchItem other) {
        List<String> shared = new ArrayList<>(Languages.names(languages & other.languages & Languages.KNOWN));
        for (String language : otherLanguages) {
            if (Arrays.binarySearch(other.otherLanguages, language) >= 0) {
                shared.add(language);
            }
        }
        return shared;
    }

    boolean sharesLanguageWith(MatchItem other) {
        if ((languages & other.languages & Languages.KNOWN) != 0) {
            return true;
        }
        for (String language : otherLanguages) {
            if (Arrays.binarySearch(other.otherLanguages, language) >= 0) {
                return true;
            }
        }
        return false;
    }

    List<String> languageNames() {
        List<String> names = new ArrayList<>(Languages.names(languages & Languages.KNOWN));
        names.addAll(Arrays.asList(otherLanguages));
        return names;
    }
}
