package ace.directory;

/** The BWC's three political groups, among which the chair rotates. */
public enum BwcGroup {
    WESTERN, EASTERN_EUROPEAN, NAM_AND_OTHERS
}
