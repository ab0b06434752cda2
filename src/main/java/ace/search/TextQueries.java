package ace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Builds the text part of a search, one language at a time: the query is analysed as that
 * language's fields were (stemming, stop words, Chinese segmentation), and an item matches in
 * that language when every remaining term is in its title or description there (titles weigh
 * double). An item matches the search when it matches in any of its languages.
 */
final class TextQueries {

    private TextQueries() {
    }

    /** Beyond this many distinct terms per language a query would exceed Lucene's clause limit. */
    static final int MAX_TERMS = 32;

    static @Nullable Query parse(String text, Analyzer analyzer) {
        if (text.isBlank()) {
            return null;
        }
        BooleanQuery.Builder languages = new BooleanQuery.Builder();
        int clauses = 0;
        for (String bucket : Analyzers.BUCKETS) {
            String title = Analyzers.titleField(bucket);
            String body = Analyzers.bodyField(bucket);
            Set<String> terms = new LinkedHashSet<>(terms(analyzer, title, text, MAX_TERMS));
            if (terms.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String term : terms) {
                all.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(title, term)), 2f), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(body, term)), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.MUST);
            }
            languages.add(all.build(), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : languages.build();
    }

    /** The analysed terms of a text as the field's analyser yields them, at most {@code limit} distinct ones. */
    static java.util.List<String> terms(Analyzer analyzer, String field, String text, int limit) {
        java.util.List<String> terms = new java.util.ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String value = term.toString();
                if (distinct.add(value) && distinct.size() > limit) {
                    break;
                }
                terms.add(value);
            }
            tokens.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
