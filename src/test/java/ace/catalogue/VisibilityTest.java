package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ace.IntegrationTest;
import ace.directory.Directory;

/**
 * Every way of reading items — single item, SQL listing, search hits and facet counts — agrees
 * with {@link ItemAccess} for every kind of viewer.
 */
@IntegrationTest
class VisibilityTest {

    @Autowired Importer importer;
    @Autowired Catalogue catalogue;
    @Autowired ItemFinder finder;
    @Autowired Directory directory;

    private String run;

    @BeforeEach
    void load() {
        run = Documents.run();
        importer.importDocument(Documents.document(
                Documents.request("V-PUB-" + run, "KEN", "en", "Visibility " + run + " public", "x", "PUBLIC"),
                Documents.request("V-SP-" + run, "KEN", "en", "Visibility " + run + " signed in", "x", "STATES_PARTIES"),
                Documents.request("V-RK-" + run, "KEN", "en", "Visibility " + run + " restricted", "x", "RESTRICTED"),
                Documents.request("V-RU-" + run, "UGA", "en", "Visibility " + run + " other", "x", "RESTRICTED"))
            .getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    private Set<String> mine(List<String> refs) {
        return refs.stream().filter(r -> r.endsWith(run)).collect(Collectors.toSet());
    }

    private void agrees(Viewer viewer, String... expected) {
        Set<String> single = mine(List.of("V-PUB-" + run, "V-SP-" + run, "V-RK-" + run, "V-RU-" + run).stream()
            .filter(ref -> catalogue.find(ref, viewer).isPresent()).toList());
        Set<String> listed = mine(catalogue.load(catalogue.ids(viewer, ItemKind.REQUEST), viewer).stream()
            .map(ItemView::ref).toList());
        var found = finder.find(new ItemFinder.Query(ItemKind.REQUEST, "visibility " + run, Map.of(), 0, 50), viewer);
        Set<String> searched = mine(found.hits().stream().map(ItemFinder.Hit::ref).toList());
        assertThat(single).as("single").containsExactlyInAnyOrder(expected);
        assertThat(listed).as("listed").containsExactlyInAnyOrder(expected);
        assertThat(searched).as("searched").containsExactlyInAnyOrder(expected);
        assertThat(found.total()).as("total").isEqualTo(expected.length);
        long open = found.facets().get("status").stream().filter(c -> c.value().equals("OPEN"))
            .mapToLong(ItemFinder.FacetCount::count).sum();
        assertThat(open).as("facet count").isEqualTo(expected.length);
    }

    @Test
    void anonymousVisitorsSeeOnlyPublicItems() {
        agrees(Viewer.ANONYMOUS, "V-PUB-" + run);
    }

    @Test
    void signedInUsersSeeStatesPartiesItemsButNotOthersRestrictedOnes() {
        agrees(new Viewer(true, false, "GHA", null, Set.of()), "V-PUB-" + run, "V-SP-" + run);
    }

    @Test
    void theOwnerSeesHerRestrictedItem() {
        agrees(new Viewer(true, false, "KEN", null, Set.of()), "V-PUB-" + run, "V-SP-" + run, "V-RK-" + run);
    }

    @Test
    void aPartyToAProposalSeesTheRestrictedItemConcerned() {
        long id = catalogue.get("V-RU-" + run, Viewer.EVERYTHING).id();
        agrees(new Viewer(true, false, "GHA", null, Set.of(id)), "V-PUB-" + run, "V-SP-" + run, "V-RU-" + run);
    }

    @Test
    void theIsuSeesEverything() {
        agrees(Viewer.EVERYTHING, "V-PUB-" + run, "V-SP-" + run, "V-RK-" + run, "V-RU-" + run);
    }
}
