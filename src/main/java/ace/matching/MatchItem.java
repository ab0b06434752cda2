package ace.matching;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import ace.catalogue.ItemKind;
import ace.catalogue.ItemStatus;
import ace.catalogue.Party;
import ace.catalogue.Visibility;

/**
 * What matching knows of an item, packed for speed: codes and languages as bit masks, the
 * concepts its texts mention with their weights.
 */
record MatchItem(long id, String ref, ItemKind kind, ItemStatus status, Party party, Visibility visibility,
        long fields, long types, long languages, long eligibleRegions, String[] eligibleStates,
        @Nullable String requesterState, int requesterRegion, @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil, int[] concepts, Instant updatedAt) {

    boolean open() {
        return status == ItemStatus.OPEN;
    }
}
