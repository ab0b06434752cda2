package ace.catalogue;

/** Open, or closed (fulfilled or withdrawn). */
public enum ItemStatus {
    OPEN, CLOSED
}
