package ace.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

import ace.catalogue.IndexableItem;
import ace.catalogue.ItemText;

/** Turns a catalogue item into a Lucene document: texts per language, filters, facets, access tokens. */
final class ItemDocuments {

    static final String ID = "id";
    static final String REF = "ref";
    static final String KIND = "kind";
    static final String ACCESS = "access";
    static final String UPDATED = "updated";

    private ItemDocuments() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : ace.catalogue.ItemFinder.FACETS) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    static Document of(IndexableItem item, FacetsConfig config) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(item.id()), Field.Store.YES));
        doc.add(new StoredField(REF, item.ref()));
        doc.add(new StringField(KIND, item.kind().name(), Field.Store.NO));
        doc.add(new NumericDocValuesField(UPDATED, item.updatedAt().toEpochMilli()));
        for (String token : item.accessTokens()) {
            doc.add(new StringField(ACCESS, token, Field.Store.NO));
        }
        Set<String> languages = new LinkedHashSet<>();
        for (Map.Entry<String, ItemText> text : item.texts().entrySet()) {
            String bucket = Analyzers.bucket(text.getKey());
            doc.add(new TextField(Analyzers.titleField(bucket), text.getValue().title(), Field.Store.YES));
            if (text.getValue().description() != null) {
                doc.add(new TextField(Analyzers.bodyField(bucket), text.getValue().description(), Field.Store.YES));
            }
            languages.add(primary(text.getKey()));
        }
        item.languages().forEach(l -> languages.add(primary(l)));
        item.fields().forEach(v -> doc.add(new SortedSetDocValuesFacetField("field", v)));
        item.types().forEach(v -> doc.add(new SortedSetDocValuesFacetField("type", v)));
        item.regions().forEach(v -> doc.add(new SortedSetDocValuesFacetField("region", v)));
        languages.forEach(v -> doc.add(new SortedSetDocValuesFacetField("language", v)));
        doc.add(new SortedSetDocValuesFacetField("providerType", item.providerType()));
        doc.add(new SortedSetDocValuesFacetField("status", item.status().name()));
        return config.build(doc);
    }

    private static String primary(String tag) {
        String language = java.util.Locale.forLanguageTag(tag).getLanguage();
        return language.isEmpty() ? tag : language;
    }
}
