package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;

/** An offer's page lists offers sharing its subject areas and forms under "Similar offers" (R4). */
@IntegrationTest
class SimilarOffersCoverageTest {

    @Autowired MockMvc mvc;
    @Autowired Importer importer;
    @Autowired Catalogue catalogue;

    /**
     * Every subject area and every form: an offer sharing all of them with another shares more
     * than any other stored item can, so it ranks first whatever else the shared database holds.
     */
    private static final String ALL_FIELDS = Arrays.stream(SubjectArea.values())
        .map(f -> "\"" + f.name() + "\"").collect(Collectors.joining(","));
    private static final String ALL_TYPES = Arrays.stream(AssistanceForm.values())
        .map(t -> "\"" + t.name() + "\"").collect(Collectors.joining(","));

    private static String item(String ref, String kind, String state, String title, String status) {
        return """
                {"ref":"%s","kind":"%s","party":{"type":"STATE","code":"%s"},"title":{"en":"%s"},
                 "fields":[%s],"types":[%s],"visibility":"PUBLIC","status":"%s"}"""
            .formatted(ref, kind, state, title, ALL_FIELDS, ALL_TYPES, status);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).param("lang", "en")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The part of the page from the similar-offers heading on (empty when there is none). */
    private static String similarSection(String html) {
        int at = html.indexOf("id=\"similar\"");
        return at < 0 ? "" : html.substring(at);
    }

    @Test
    void anOffersPageListsAnotherOfferOfTheSameSubjectsAndForms() throws Exception {
        String run = Documents.run();
        String first = "SIM-A-" + run;
        String second = "SIM-B-" + run;
        String closed = "SIM-C-" + run;
        String request = "SIM-R-" + run;
        importer.importDocument(Documents.document(
                item(first, "OFFER", "CAN", "Similar offer one " + run, "OPEN"),
                item(closed, "OFFER", "NOR", "Closed offer alike " + run, "CLOSED"),
                item(request, "REQUEST", "KEN", "Request alike " + run, "OPEN"),
                item(second, "OFFER", "JPN", "Similar offer two " + run, "OPEN"))
            .getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);

        String html = page("/offers/" + first);
        assertThat(html).contains("<h2 id=\"similar\">Similar offers</h2>");
        String similar = similarSection(html);
        assertThat(similar).contains("href=\"/offers/" + second + "\"").contains("Similar offer two " + run);
        // Neither the offer itself, nor a closed offer, nor a request is a similar offer.
        assertThat(similar).doesNotContain("href=\"/offers/" + first + "\"")
            .doesNotContain("Closed offer alike " + run)
            .doesNotContain("Request alike " + run);

        // And the other way round.
        String back = similarSection(page("/offers/" + second));
        assertThat(back).contains("href=\"/offers/" + first + "\"").contains("Similar offer one " + run);

        // The service behind it agrees.
        ItemView one = catalogue.get(first, Viewer.ANONYMOUS);
        assertThat(catalogue.similarOffers(one, Viewer.ANONYMOUS, 5)).extracting(ItemView::ref).contains(second)
            .doesNotContain(first, closed, request);
    }

    @Test
    void aRequestsPageHasNoSimilarOffersSection() throws Exception {
        String run = Documents.run();
        importer.importDocument(Documents.document(
                item("SIM-RQ-" + run, "REQUEST", "KEN", "Request only " + run, "OPEN"),
                item("SIM-OF-" + run, "OFFER", "CAN", "Offer for it " + run, "OPEN"))
            .getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        assertThat(page("/requests/SIM-RQ-" + run)).doesNotContain("id=\"similar\"");
    }
}
