package ace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import ace.catalogue.ItemAccess;
import ace.catalogue.ItemFinder;
import ace.catalogue.Viewer;

/** {@link ItemFinder} on the Lucene index: text, facet filters, visibility, facet counts, highlights. */
@Component
class LuceneItemFinder implements ItemFinder {

    private static final int MAX_FRAGMENTS = 2;
    /** Results are paged up to this depth; a search is refined, not paged to the end. */
    static final int MAX_RESULTS = 10_000;

    private final ItemIndex index;
    private volatile @Nullable ReaderState cached;

    LuceneItemFinder(ItemIndex index) {
        this.index = index;
    }

    @Override
    public Found find(Query query, Viewer viewer) {
        int size = Math.clamp(query.size(), 1, 100);
        int page = Math.clamp(query.page(), 0, MAX_RESULTS / size - 1);
        IndexSearcher searcher = index.acquire();
        try {
            if (searcher.getIndexReader().numDocs() == 0) {
                return new Found(List.of(), 0, Map.of());
            }
            BooleanQuery.Builder base = new BooleanQuery.Builder();
            base.add(new TermQuery(new Term(ItemDocuments.KIND, query.kind().name())), BooleanClause.Occur.FILTER);
            Set<String> tokens = ItemAccess.viewerTokens(viewer);
            if (tokens != null) {
                base.add(new TermInSetQuery(ItemDocuments.ACCESS, tokens.stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.FILTER);
            }
            org.apache.lucene.search.Query text = TextQueries.parse(query.text(), index.analyzer());
            if (text != null) {
                base.add(text, BooleanClause.Occur.MUST);
            }
            DrillDownQuery drill = new DrillDownQuery(index.facets(), base.build());
            query.filters().forEach((dim, values) -> values.forEach(value -> drill.add(dim, value)));

            int wanted = (page + 1) * size;
            FacetsCollectorManager collector = new FacetsCollectorManager();
            var result = text == null
                    ? FacetsCollectorManager.search(searcher, drill, wanted,
                            new Sort(new SortField(ItemDocuments.UPDATED, SortField.Type.LONG, true)), collector)
                    : FacetsCollectorManager.search(searcher, drill, wanted, collector);
            Facets facets = new SortedSetDocValuesFacetCounts(state(searcher.getIndexReader()),
                    result.facetsCollector());
            Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
            for (String dim : FACETS) {
                counts.put(dim, counts(facets, dim));
            }
            ScoreDoc[] docs = result.topDocs().scoreDocs;
            List<Hit> hits = new ArrayList<>();
            for (int i = page * size; i < docs.length; i++) {
                Document doc = searcher.storedFields().document(docs[i].doc);
                hits.add(new Hit(Long.parseLong(doc.get(ItemDocuments.ID)), doc.get(ItemDocuments.REF),
                        text == null || !query.highlight() ? List.of() : fragments(text, doc)));
            }
            return new Found(hits, searcher.count(drill), counts);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            index.release(searcher);
        }
    }

    private static List<FacetCount> counts(Facets facets, String dim) throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(200, dim);
        }
        catch (IllegalArgumentException noSuchDimension) {
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<FacetCount> counts = new ArrayList<>();
        for (LabelAndValue label : result.labelValues) {
            counts.add(new FacetCount(label.label, label.value.longValue()));
        }
        return counts;
    }

    /** The facet ordinals of one reader, rebuilt only when the index changed. */
    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        ReaderState current = cached;
        if (current == null || current.reader != reader) {
            current = new ReaderState(reader, new DefaultSortedSetDocValuesReaderState(reader, index.facets()));
            cached = current;
        }
        return current.state;
    }

    private List<String> fragments(org.apache.lucene.search.Query text, Document doc) {
        List<String> fragments = new ArrayList<>();
        for (String bucket : Analyzers.BUCKETS) {
            for (String field : List.of(Analyzers.titleField(bucket), Analyzers.bodyField(bucket))) {
                String value = doc.get(field);
                if (value == null || fragments.size() >= MAX_FRAGMENTS) {
                    continue;
                }
                Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                        new SimpleHTMLEncoder(), new QueryScorer(text, field));
                try {
                    String fragment = highlighter.getBestFragment(index.analyzer(), field, value);
                    if (fragment != null) {
                        fragments.add(fragment);
                    }
                }
                catch (IOException | InvalidTokenOffsetsException e) {
                    // A fragment is a nicety; the hit stands without it.
                }
            }
        }
        return fragments;
    }

    private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }
}
