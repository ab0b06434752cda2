package ace.matching;

import java.util.ArrayList;
import java.util.List;

import ace.catalogue.AssistanceForm;
import ace.catalogue.SubjectArea;
import ace.directory.UnRegion;

/** Subject areas, forms and regions as bit positions. */
final class Codes {

    static final List<String> REGIONS = java.util.Arrays.stream(UnRegion.values()).map(Enum::name).toList();

    private Codes() {
    }

    static long fields(Iterable<SubjectArea> fields) {
        long mask = 0;
        for (SubjectArea field : fields) {
            mask |= 1L << field.ordinal();
        }
        return mask;
    }

    static long types(Iterable<AssistanceForm> types) {
        long mask = 0;
        for (AssistanceForm type : types) {
            mask |= 1L << type.ordinal();
        }
        return mask;
    }

    static long regions(Iterable<String> regions) {
        long mask = 0;
        for (String region : regions) {
            int index = REGIONS.indexOf(region);
            if (index >= 0) {
                mask |= 1L << index;
            }
        }
        return mask;
    }

    static List<String> fieldNames(long mask) {
        List<String> names = new ArrayList<>();
        for (SubjectArea field : SubjectArea.values()) {
            if ((mask & (1L << field.ordinal())) != 0) {
                names.add("field:" + field.name());
            }
        }
        return names;
    }

    static List<String> typeNames(long mask) {
        List<String> names = new ArrayList<>();
        for (AssistanceForm type : AssistanceForm.values()) {
            if ((mask & (1L << type.ordinal())) != 0) {
                names.add("type:" + type.name());
            }
        }
        return names;
    }
}
