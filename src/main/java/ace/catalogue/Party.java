package ace.catalogue;

import org.jspecify.annotations.Nullable;

/** The party behind an item: a State (alpha-3) or a registered organisation (its id). */
public record Party(PartyType type, @Nullable String stateCode, @Nullable Long organisationId) {

    /** A State party has no organisation and an organisation party no State, whatever was passed. */
    public Party {
        if (type == PartyType.STATE) {
            organisationId = null;
        }
        else {
            stateCode = null;
        }
    }

    public static Party state(String code) {
        return new Party(PartyType.STATE, code, null);
    }

    public static Party organisation(long id) {
        return new Party(PartyType.ORGANISATION, null, id);
    }
}
