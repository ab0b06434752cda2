package ace.catalogue;

import org.jspecify.annotations.Nullable;

/** The party behind an item: a State (alpha-3) or a registered organisation (its id). */
public record Party(PartyType type, @Nullable String stateCode, @Nullable Long organisationId) {

    public static Party state(String code) {
        return new Party(PartyType.STATE, code, null);
    }

    public static Party organisation(long id) {
        return new Party(PartyType.ORGANISATION, null, id);
    }
}
