package ace.directory;

import java.util.Map;

/** What the ISU may correct in a State's reference data. */
public record StateCorrection(Map<String, String> names, UnRegion unRegion, BwcStatus bwcStatus, BwcGroup bwcGroup,
        long version) {
}
