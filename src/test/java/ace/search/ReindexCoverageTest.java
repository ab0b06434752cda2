package ace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ace.IntegrationTest;
import ace.catalogue.Catalogue;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;
import ace.catalogue.ItemFinder;
import ace.catalogue.ItemKind;
import ace.catalogue.Viewer;
import ace.shared.cli.CommandDispatcher;

/** {@code ./ace reindex}: rebuilds the index from the database, and search keeps working. */
@IntegrationTest
class ReindexCoverageTest {

    @Autowired Importer importer;
    @Autowired Catalogue catalogue;
    @Autowired ItemFinder finder;
    @Autowired CommandDispatcher dispatcher;
    @Autowired JdbcTemplate jdbc;

    private List<String> refs(String query) {
        return finder.find(new ItemFinder.Query(ItemKind.REQUEST, query, Map.of(), 0, 100), Viewer.EVERYTHING)
            .hits().stream().map(ItemFinder.Hit::ref).toList();
    }

    @Test
    void rebuildsTheIndexFromTheDatabaseAndSearchStillFindsImportedItems() {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String ref = "RIX-" + run;
        // Made-up words, so only this item can match them (the English analyser leaves them as they are).
        String before = "zqbefore" + run.toLowerCase();
        String after = "zqafter" + run.toLowerCase();
        importer.importDocument("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"%s","kind":"REQUEST","party":{"type":"STATE","code":"KEN"},
                  "title":{"en":"Reindex check %s"},"description":{"en":"Kept by the rebuild"},
                  "fields":["LABORATORY_CAPACITY"],"types":["TRAINING"],"visibility":"PUBLIC"}]}"""
            .formatted(ref, before).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        assertThat(refs(before)).containsExactly(ref);

        // Change the stored title behind the application's back (no catalogue event): only a rebuild
        // from the database (or the periodic catch-up) can bring the index up to date.
        long id = catalogue.get(ref, Viewer.EVERYTHING).id();
        assertThat(jdbc.update("update catalogue_item_text set title = ? where item_id = ? and language = 'en'",
                "Reindex check " + after, id)).isEqualTo(1);

        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = dispatcher.dispatch(List.of("reindex"), new BufferedReader(new StringReader("")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("search index rebuilt: ").contains(" items in ");
        assertThat(refs(after)).containsExactly(ref);
        assertThat(refs(before)).isEmpty();
        assertThat(refs("kept rebuild " + after)).containsExactly(ref);
    }

    @Test
    void refusesArgumentsItDoesNotTake() {
        int exit = dispatcher.dispatch(List.of("reindex", "--fast", "yes"), new BufferedReader(new StringReader("")),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isEqualTo(2);
    }
}
