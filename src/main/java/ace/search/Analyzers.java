package ace.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * One analyzer per UN language (stemming, stop words; smartcn segments Chinese) and a
 * standard analyzer for any other language. Each language has its own title and body fields.
 */
final class Analyzers {

    static final List<String> BUCKETS = List.of("ar", "zh", "en", "fr", "ru", "es", "other");

    private Analyzers() {
    }

    /** The field bucket for a BCP 47 tag: its primary language if it is a UN language, else "other". */
    static String bucket(String languageTag) {
        String primary = Locale.forLanguageTag(languageTag).getLanguage();
        return BUCKETS.contains(primary) && !primary.equals("other") ? primary : "other";
    }

    static String titleField(String bucket) {
        return "title_" + bucket;
    }

    static String bodyField(String bucket) {
        return "body_" + bucket;
    }

    static Analyzer create() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String bucket : BUCKETS) {
            Analyzer analyzer = forBucket(bucket);
            perField.put(titleField(bucket), analyzer);
            perField.put(bodyField(bucket), analyzer);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    private static Analyzer forBucket(String bucket) {
        return switch (bucket) {
            case "ar" -> new ArabicAnalyzer();
            case "zh" -> new SmartChineseAnalyzer();
            case "en" -> new EnglishAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "ru" -> new RussianAnalyzer();
            case "es" -> new SpanishAnalyzer();
            default -> new StandardAnalyzer();
        };
    }
}
