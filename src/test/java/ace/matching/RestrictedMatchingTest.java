package ace.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.Sessions;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;

/**
 * A restricted request reaches only the provider a proposal names, and that provider sees what
 * it needs to answer — not the requester's contacts or files — for as long as the proposal lives.
 * Also: eligibility is a hard constraint when proposing, and the matches API keeps visibility.
 */
@IntegrationTest
class RestrictedMatchingTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;
    @Autowired ProposalStore store;

    private MockHttpSession ncp(String state) throws Exception {
        return Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, state);
    }

    private String bearer(String state) {
        String email = "rm-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, Role.NATIONAL_CONTACT_POINT, state, null), Sessions.PASSWORD);
        return "Bearer " + identity.issueToken(email, "t");
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private void load(String json) {
        importer.importDocument(json.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    /** Kenya writes a restricted request through the form, with a contact; France and Japan offer. */
    private String restrictedRequestWithContact(MockHttpSession kenya, String run) throws Exception {
        load("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"RM-FRA-%1$s","kind":"OFFER","party":{"type":"STATE","code":"FRA"},
                  "title":{"en":"Veterinary laboratory diagnostics training %1$s"},"fields":["ANIMAL_HEALTH"],
                  "types":["TRAINING"],"languages":["en"],"visibility":"PUBLIC"},
                 {"ref":"RM-JPN-%1$s","kind":"OFFER","party":{"type":"STATE","code":"JPN"},
                  "title":{"en":"Veterinary diagnostics course %1$s"},"fields":["ANIMAL_HEALTH"],
                  "types":["TRAINING"],"languages":["en"],"visibility":"PUBLIC"}]}""".formatted(run));
        String location = mvc.perform(post("/requests/new").session(kenya).with(csrf())
                .param("texts[0].language", "en").param("texts[0].title", "Veterinary diagnostics training " + run)
                .param("fields", "ANIMAL_HEALTH").param("types", "TRAINING").param("languages", "en")
                .param("visibility", "RESTRICTED")
                .param("contacts[0].name", "Wanjiru Kamau").param("contacts[0].email", "wanjiru@example.ke"))
            .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/requests/");
        return location.substring("/requests/".length());
    }

    @Test
    void aRestrictedRequestIsShownToTheProviderItIsProposedToWithoutContactsUntilDeclined() throws Exception {
        String run = run();
        MockHttpSession kenya = ncp("KEN");
        String request = restrictedRequestWithContact(kenya, run);
        MockHttpSession france = ncp("FRA");
        MockHttpSession japan = ncp("JPN");

        // Before any proposal, the providers see nothing of it, not even among "requests that fit".
        mvc.perform(get("/requests/" + request).session(france)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/offers/RM-FRA-" + run + "/matches").header("Authorization", bearer("FRA")))
            .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString(request))));
        mvc.perform(get("/api/v1/offers/RM-FRA-" + run + "/matches").header("Authorization", bearer("KEN")))
            .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(request)));

        String location = mvc.perform(post("/proposals").session(kenya).with(csrf())
                .param("request", request).param("offer", "RM-FRA-" + run))
            .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/proposals/".length()));

        // France now sees the request, but not Kenya's contact; Japan still sees nothing.
        mvc.perform(get("/requests/" + request).session(france)).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Veterinary diagnostics training " + run)))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Wanjiru"))));
        mvc.perform(get("/api/v1/requests/" + request).header("Authorization", bearer("FRA")))
            .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("Wanjiru"))));
        mvc.perform(get("/requests/" + request).session(kenya))
            .andExpect(content().string(Matchers.containsString("Wanjiru")));
        mvc.perform(get("/requests/" + request).session(japan)).andExpect(status().isNotFound());

        // A decline ends what France may see; the proposal page still opens for it, naming the ref.
        mvc.perform(post("/proposals/" + id + "/decline").session(france).with(csrf()).param("reason", "No budget"));
        assertThat(store.find(id).orElseThrow().proposal().status()).isEqualTo(Proposal.Status.DECLINED);
        mvc.perform(get("/requests/" + request).session(france)).andExpect(status().isNotFound());
        mvc.perform(get("/proposals/" + id).session(france)).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString(request)));
    }

    @Test
    void anOfferForAnotherRegionCannotBeProposed() throws Exception {
        String run = run();
        load("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"RE-REQ-%1$s","kind":"REQUEST","party":{"type":"STATE","code":"KEN"},
                  "title":{"en":"PCR equipment %1$s"},"fields":["LABORATORY_CAPACITY"],"types":["EQUIPMENT_MATERIALS"]},
                 {"ref":"RE-OFF-%1$s","kind":"OFFER","party":{"type":"STATE","code":"DEU"},
                  "title":{"en":"PCR equipment for Latin America %1$s"},"fields":["LABORATORY_CAPACITY"],
                  "types":["EQUIPMENT_MATERIALS"],"eligibility":{"regions":["LATIN_AMERICA_CARIBBEAN"]}},
                 {"ref":"RE-KEN-%1$s","kind":"OFFER","party":{"type":"STATE","code":"DEU"},
                  "title":{"en":"PCR equipment for Kenya %1$s"},"fields":["LABORATORY_CAPACITY"],
                  "types":["EQUIPMENT_MATERIALS"],"eligibility":{"states":["KEN"]}}]}""".formatted(run));
        MockHttpSession kenya = ncp("KEN");
        String refused = mvc.perform(post("/proposals").session(kenya).with(csrf())
                .param("request", "RE-REQ-" + run).param("offer", "RE-OFF-" + run))
            .andReturn().getResponse().getRedirectedUrl();
        assertThat(refused).doesNotStartWith("/proposals/");
        mvc.perform(post("/api/v1/proposals").header("Authorization", bearer("KEN"))
                .contentType("application/json").content("{\"request\":\"RE-REQ-%1$s\",\"offer\":\"RE-OFF-%1$s\"}"
                    .formatted(run)))
            .andExpect(status().isConflict());
        String accepted = mvc.perform(post("/proposals").session(kenya).with(csrf())
                .param("request", "RE-REQ-" + run).param("offer", "RE-KEN-" + run))
            .andReturn().getResponse().getRedirectedUrl();
        assertThat(accepted).startsWith("/proposals/");
    }

    @Test
    void theMatchesApiShowsOnlyWhatTheReaderMaySee() throws Exception {
        String run = run();
        load("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"RV-REQ-%1$s","kind":"REQUEST","party":{"type":"STATE","code":"PER"},
                  "title":{"es":"Capacitación en bioseguridad %1$s"},"fields":["BIOSAFETY_BIOSECURITY"],
                  "types":["TRAINING"],"visibility":"PUBLIC"},
                 {"ref":"RV-SP-%1$s","kind":"OFFER","party":{"type":"STATE","code":"ESP"},
                  "title":{"es":"Curso de bioseguridad %1$s"},"fields":["BIOSAFETY_BIOSECURITY"],
                  "types":["TRAINING"],"visibility":"STATES_PARTIES"},
                 {"ref":"RV-PRIV-%1$s","kind":"REQUEST","party":{"type":"STATE","code":"BOL"},
                  "title":{"es":"Bioseguridad reservada %1$s"},"fields":["BIOSAFETY_BIOSECURITY"],
                  "types":["TRAINING"],"visibility":"RESTRICTED"}]}""".formatted(run));
        mvc.perform(get("/api/v1/requests/RV-REQ-" + run + "/matches"))
            .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("RV-SP-"))));
        mvc.perform(get("/api/v1/requests/RV-REQ-" + run + "/matches").header("Authorization", bearer("PER")))
            .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.offer == 'RV-SP-" + run + "')]").exists());
        mvc.perform(get("/api/v1/offers/RV-SP-" + run + "/matches")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/requests/RV-PRIV-" + run + "/matches").header("Authorization", bearer("PER")))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/offers/RV-SP-" + run + "/matches").header("Authorization", bearer("ESP")))
            .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("RV-PRIV-"))));
    }
}
