package ace.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import ace.search.TextAnalysis;

/**
 * The multilingual domain vocabulary ({@code matching/vocabulary.tsv}): concepts with their
 * terms in the six UN languages. Every term is analysed with every language's analyser, so a
 * text is mapped to concepts by looking its analysed word sequences up — whatever language the
 * term was listed under (an English "PCR" in a French text still counts).
 */
@Component
class Vocabulary {

    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    private static final int MAX_WORDS = 5;

    private final TextAnalysis analysis;
    private final List<String> concepts = new ArrayList<>();
    private final Map<String, List<String>> labels = new HashMap<>();
    /** Per analysis language (plus "other"): analysed term sequence → concept index. */
    private final Map<String, Map<String, Integer>> lookup = new HashMap<>();

    Vocabulary(TextAnalysis analysis) {
        this.analysis = analysis;
        load();
    }

    int size() {
        return concepts.size();
    }

    String id(int concept) {
        return concepts.get(concept);
    }

    /** The concept's name in the reader's language (its first term there), else English. */
    String label(int concept, Locale locale) {
        List<String> names = labels.get(concepts.get(concept));
        int column = LANGUAGES.indexOf(locale.getLanguage());
        String name = column >= 0 ? names.get(column) : names.get(2);
        return name.isBlank() ? names.get(2) : name;
    }

    /** The concepts a text mentions, sorted, without repetition. */
    int[] concepts(String languageTag, String text) {
        String bucket = bucket(languageTag);
        Map<String, Integer> terms = lookup.get(bucket);
        List<String> words = analysis.terms(bucket.equals("other") ? languageTag : bucket, text);
        TreeSet<Integer> found = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int n = 0; n < MAX_WORDS && i + n < words.size(); n++) {
                if (n > 0) {
                    key.append(' ');
                }
                key.append(words.get(i + n));
                Integer concept = terms.get(key.toString());
                if (concept != null) {
                    found.add(concept);
                }
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    static String bucket(String languageTag) {
        String primary = Locale.forLanguageTag(languageTag).getLanguage();
        return LANGUAGES.contains(primary) ? primary : "other";
    }

    private void load() {
        var stream = Vocabulary.class.getResourceAsStream("/matching/vocabulary.tsv");
        if (stream == null) {
            throw new IllegalStateException("matching/vocabulary.tsv is missing");
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("concept")) {
                throw new IllegalStateException("matching/vocabulary.tsv has no header");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                rows.put(cells[0].strip(), List.of(cells).subList(1, Math.min(cells.length, 7)));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> buckets = new ArrayList<>(LANGUAGES);
        buckets.add("other");
        buckets.forEach(b -> lookup.put(b, new HashMap<>()));
        for (var row : rows.entrySet()) {
            int index = concepts.size();
            concepts.add(row.getKey());
            List<String> names = new ArrayList<>();
            for (String cell : row.getValue()) {
                names.add(cell.split("\\|")[0].strip());
            }
            while (names.size() < 6) {
                names.add("");
            }
            labels.put(row.getKey(), names);
            for (String cell : row.getValue()) {
                for (String term : cell.split("\\|")) {
                    if (term.isBlank()) {
                        continue;
                    }
                    for (String bucket : buckets) {
                        List<String> words = analysis.terms(bucket.equals("other") ? "und" : bucket, term.strip());
                        if (!words.isEmpty() && words.size() <= MAX_WORDS) {
                            lookup.get(bucket).putIfAbsent(String.join(" ", words), index);
                        }
                    }
                }
            }
        }
    }
}
