package ace.catalogue;

/** An offer of cooperation or assistance, or a request for it. */
public enum ItemKind {
    OFFER, REQUEST;

    /** The path segment of the item's pages and API: {@code offers} or {@code requests}. */
    public String path() {
        return this == OFFER ? "offers" : "requests";
    }
}
