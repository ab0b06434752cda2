package ace.catalogue;

/** An offer of cooperation or assistance, or a request for it. */
public enum ItemKind {
    OFFER, REQUEST;

    /** The path segment of the item's pages and API: {@code offers} or {@code requests}. */
    public String path() {
        return this == OFFER ? "offers" : "requests";
    }

    /** The address of an item's page, its ref one path segment ("/" encoded, INTERCHANGE.md §2). */
    public String pageOf(String ref) {
        return "/" + path() + "/" + segment(ref);
    }

    static String segment(String ref) {
        return org.springframework.web.util.UriUtils.encodePathSegment(ref, java.nio.charset.StandardCharsets.UTF_8);
    }
}
