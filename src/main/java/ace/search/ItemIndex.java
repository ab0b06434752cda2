package ace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ace.catalogue.IndexableItem;
import jakarta.annotation.PreDestroy;

/**
 * The Lucene index under {@code <data dir>/index} ({@code ace.search.index-dir}), opened on first use. One writer per
 * process (Lucene's lock): a second process gets a clear {@link IndexBusyException}.
 */
@Component
class ItemIndex {

    private final Path path;
    private final Analyzer analyzer = Analyzers.create();
    private final FacetsConfig facets = ItemDocuments.facetsConfig();
    private @Nullable Directory directory;
    private @Nullable IndexWriter writer;
    private @Nullable SearcherManager searchers;

    ItemIndex(@Value("${ace.search.index-dir:${ace.data-dir}/index}") String indexDir) {
        this.path = Path.of(indexDir);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    FacetsConfig facets() {
        return facets;
    }

    private synchronized void open() {
        if (writer != null) {
            return;
        }
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        }
        catch (LockObtainFailedException e) {
            throw new IndexBusyException(path);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces these items' documents and makes them searchable. */
    void put(List<IndexableItem> items) {
        open();
        try {
            for (IndexableItem item : items) {
                writer.updateDocument(new Term(ItemDocuments.ID, Long.toString(item.id())),
                        ItemDocuments.of(item, facets));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index (a rebuild follows). */
    void clear() {
        open();
        try {
            writer.deleteAll();
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count() {
        open();
        return writer.getDocStats().numDocs;
    }

    IndexSearcher acquire() {
        open();
        try {
            return searchers.acquire();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            writer.close();
        }
        if (directory != null) {
            directory.close();
        }
        writer = null;
    }

    /** Another process (a running server) holds the index. */
    static final class IndexBusyException extends RuntimeException {
        IndexBusyException(Path path) {
            super("the search index at " + path + " is in use by another ACE process (a running server?)");
        }
    }
}
