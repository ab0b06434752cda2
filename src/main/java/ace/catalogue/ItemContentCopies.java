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

    static ItemContent withStatus(ItemContent c, ItemStatus status) {
        return new ItemContent(c.kind(), c.party(), c.texts(), c.fields(), c.types(), c.regions(), c.states(),
                c.languages(), c.validFrom(), c.validUntil(), c.visibility(), status, c.programmeId(),
                c.contacts(), c.partners());
    }
}
