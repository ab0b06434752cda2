package ace.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;
import ace.catalogue.Viewer;
import ace.shared.cli.CommandDispatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The matching contract (CLI JSON, API) and a regression guard on the evaluation set in bench/match-quality. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingTest {

    static final Path SET = Path.of("bench/match-quality");

    @Autowired Importer importer;
    @Autowired Matching matching;
    @Autowired CommandDispatcher dispatcher;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    private Map<String, Map<String, String>> gold;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void load() throws Exception {
        importer.importDocument(Files.readAllBytes(SET.resolve("items.json")), ImportProgress.NONE);
        gold = json.readValue(Files.readString(SET.resolve("gold.json")), Map.class);
    }

    @Test
    void neverSuggestsAnOfferLabelledAsBreakingAHardConstraintAndPutsAFittingOfferFirst() {
        int requests = 0;
        int relevantFirst = 0;
        for (var request : gold.entrySet()) {
            List<Suggestion> offers = matching.offersFor(request.getKey(), Viewer.EVERYTHING, 10);
            for (Suggestion offer : offers) {
                assertThat(request.getValue().get(offer.ref())).as(request.getKey() + " -> " + offer.ref())
                    .isNotEqualTo("never");
            }
            requests++;
            if (!offers.isEmpty() && List.of("strong", "acceptable").contains(request.getValue().get(offers.get(0).ref()))) {
                relevantFirst++;
            }
        }
        assertThat(requests).isGreaterThanOrEqualTo(40);
        assertThat((double) relevantFirst / requests).as("share of requests whose first offer fits").isGreaterThan(0.9);
    }

    @Test
    void findsTheOfferInAnotherLanguage() {
        assertThat(matching.offersFor("QR-005", Viewer.EVERYTHING, 5)).extracting(Suggestion::ref).contains("QO-013");
        assertThat(matching.offersFor("QR-002", Viewer.EVERYTHING, 5)).extracting(Suggestion::ref).contains("QO-001");
    }

    private String run(String... args) {
        var out = new ByteArrayOutputStream();
        int exit = dispatcher.dispatch(List.of(args), new BufferedReader(new StringReader("")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCommandPrintsTheContractJson() throws Exception {
        JsonNode matches = json.readTree(run("match", "--request", "QR-005", "--limit", "3"));
        assertThat(matches.isArray()).isTrue();
        assertThat(matches.size()).isBetween(1, 3);
        JsonNode first = matches.get(0);
        assertThat(first.propertyNames()).containsExactly("offer", "score", "reasons");
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("reasons").get(0).asString()).startsWith("Same subject:");

        List<String> lines = run("match", "--all", "--limit", "2").lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode row = json.readTree(line);
            assertThat(row.propertyNames()).containsExactly("request", "matches");
            assertThat(row.get("matches").size()).isLessThanOrEqualTo(2);
        }
        assertThat(lines).anyMatch(l -> l.startsWith("{\"request\":\"QR-005\""));
        assertThat(dispatcher.dispatch(List.of("match", "--request", "NOPE"), new BufferedReader(new StringReader("")),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())))
            .isEqualTo(2);
        assertThat(dispatcher.dispatch(List.of("match"), new BufferedReader(new StringReader("")),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())))
            .isEqualTo(2);
    }

    @Test
    void theApiGivesMatchesWithReasonsInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/v1/requests/QR-005/matches").param("limit", "3").header("Accept-Language", "fr"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].offer").exists())
            .andExpect(jsonPath("$[0].score").value(Matchers.lessThanOrEqualTo(1.0)))
            .andExpect(jsonPath("$[0].reasons[0]").value(Matchers.not(Matchers.startsWith("Same subject"))));
        mvc.perform(get("/api/v1/offers/QO-013/matches")).andExpect(status().isOk())
            .andExpect(jsonPath("$[*].request").value(Matchers.hasItem("QR-005")));
        mvc.perform(get("/api/v1/requests/NOPE/matches")).andExpect(status().isNotFound());
    }
}
