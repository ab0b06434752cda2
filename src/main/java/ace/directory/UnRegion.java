package ace.directory;

/** The five UN regional groups (INTERCHANGE.md §3), used for eligibility. */
public enum UnRegion {
    AFRICA, ASIA_PACIFIC, EASTERN_EUROPE, LATIN_AMERICA_CARIBBEAN, WESTERN_EUROPE_OTHERS
}
