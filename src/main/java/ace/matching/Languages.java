package ace.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Languages as bits, by primary subtag (es-419 and es are the same language for working
 * together). The 63 first languages seen get a bit each; the last bit means "another
 * language", and those languages are kept by name ({@link #others}) to be compared as strings.
 */
final class Languages {

    static final long KNOWN = ~(1L << 63);
    private static final ConcurrentHashMap<String, Integer> BITS = new ConcurrentHashMap<>();
    private static final String[] NAMES = new String[63];

    private Languages() {
    }

    static long mask(Iterable<String> tags) {
        long mask = 0;
        for (String tag : tags) {
            mask |= 1L << bit(primary(tag));
        }
        return mask;
    }

    /** The languages among these that have no bit, sorted, for {@link MatchItem#otherLanguages}. */
    static String[] others(Iterable<String> tags) {
        java.util.TreeSet<String> others = new java.util.TreeSet<>();
        for (String tag : tags) {
            String language = primary(tag);
            if (bit(language) == 63) {
                others.add(language);
            }
        }
        return others.toArray(String[]::new);
    }

    static String primary(String tag) {
        return ace.shared.Language.primary(tag);
    }

    private static int bit(String language) {
        Integer known = BITS.get(language);
        if (known != null) {
            return known;
        }
        synchronized (NAMES) {
            known = BITS.get(language);
            if (known != null) {
                return known;
            }
            int next = 0;
            while (next < 63 && NAMES[next] != null) {
                next++;
            }
            if (next < 63) {
                NAMES[next] = language;
            }
            BITS.put(language, next);
            return next;
        }
    }

    static List<String> names(long mask) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 63; i++) {
            if ((mask & (1L << i)) != 0 && NAMES[i] != null) {
                names.add(NAMES[i]);
            }
        }
        return names;
    }
}
