package ace.search;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.springframework.stereotype.Component;

/**
 * The terms a text yields in its language, analysed exactly as the search index analyses it
 * (stemming and stop words per UN language, Chinese segmentation). Thread-safe.
 */
@Component
public class TextAnalysis {

    private final Analyzer analyzer = Analyzers.create();

    /** The analysed terms of {@code text}, written in the language {@code languageTag}, in order. */
    public List<String> terms(String languageTag, String text) {
        return TextQueries.terms(analyzer, Analyzers.titleField(Analyzers.bucket(languageTag)), text,
                Integer.MAX_VALUE);
    }
}
