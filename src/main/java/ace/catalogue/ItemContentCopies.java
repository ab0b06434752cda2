package ace.catalogue;

/** Small copies of item content with one thing changed. */
final class ItemContentCopies {

    private ItemContentCopies() {
    }

    static ItemContent withParty(ItemContent c, Party party) {
        return new ItemContent(c.kind(), party, c.texts(), c.fields(), c.types(), c.regions(), c.states(),
                c.languages(), c.validFrom(), c.validUntil(), c.visibility(), c.status(), c.programmeId(),
                c.contacts(), c.partners());
    }

    /** The interchange format carries no contacts, partners or programme: keep the stored ones. */
    static ItemContent keepingWhatTheFormatLacks(ItemContent incoming, ItemContent stored) {
        return new ItemContent(incoming.kind(), incoming.party(), incoming.texts(), incoming.fields(), incoming.types(),
                incoming.regions(), incoming.states(), incoming.languages(), incoming.validFrom(),
                incoming.validUntil(), incoming.visibility(), incoming.status(), stored.programmeId(),
                stored.contacts(), stored.partners());
    }

    static ItemContent withStatus(ItemContent c, ItemStatus status) {
        return new ItemContent(c.kind(), c.party(), c.texts(), c.fields(), c.types(), c.regions(), c.states(),
                c.languages(), c.validFrom(), c.validUntil(), c.visibility(), status, c.programmeId(),
                c.contacts(), c.partners());
    }
}
