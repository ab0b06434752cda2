package ace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
        String field = Analyzers.titleField(Analyzers.bucket(languageTag));
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
