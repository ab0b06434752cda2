package ace.catalogue;

/** Who may see an item (INTERCHANGE.md §2); enforced by {@link ItemAccess}. */
public enum Visibility {
    PUBLIC, STATES_PARTIES, RESTRICTED
}
