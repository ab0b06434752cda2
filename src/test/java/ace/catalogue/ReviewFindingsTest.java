package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.directory.Directory;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;

/** Regressions for defects found in review: each test failed before its fix. */
@IntegrationTest
class ReviewFindingsTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;
    @Autowired Catalogue catalogue;
    @Autowired Directory directory;

    private String email(Role role, String state) {
        String email = "review-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, role, state, null), "a long and unusual passphrase");
        return email;
    }

    @Test
    void referencesWithASlashAreReachable() throws Exception {
        String ref = "BWC/REQ/" + Documents.run();
        importer.importDocument(Documents.document(Documents.request(ref, "KEN", "en", "Slashed", "x", "PUBLIC"))
            .getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        String encoded = ref.replace("/", "%2F");
        mvc.perform(get(URI.create("/api/v1/requests/" + encoded))).andExpect(status().isOk())
            .andExpect(jsonPath("$.ref").value(ref));
        mvc.perform(get(URI.create("/requests/" + encoded))).andExpect(status().isOk());
        mvc.perform(get(URI.create("/api/v1/requests/" + encoded + "/matches"))).andExpect(status().isOk());
    }

    @Test
    void anApiUpdateKeepsTheContactsThePageRecorded() throws Exception {
        String ncp = email(Role.NATIONAL_CONTACT_POINT, "SEN");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("email", ncp)
            .param("password", "a long and unusual passphrase"));
        String location = mvc.perform(post("/requests/new").session(session).with(csrf())
                .param("texts[0].language", "fr").param("texts[0].title", "Avec contacts")
                .param("fields", "LEGISLATION").param("types", "EXPERT_ADVICE").param("visibility", "PUBLIC")
                .param("contacts[0].name", "Awa Diop").param("contacts[0].email", "awa@example.sn"))
            .andReturn().getResponse().getRedirectedUrl();
        String ref = location.substring(location.lastIndexOf('/') + 1);
        String token = "Bearer " + identity.issueToken(ncp, "t");
        mvc.perform(put("/api/v1/requests/" + ref).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind":"REQUEST","party":{"type":"STATE","code":"SEN"},"title":{"fr":"Avec contacts, revu"},
                         "fields":["LEGISLATION"],"types":["EXPERT_ADVICE"],"visibility":"PUBLIC"}"""))
            .andExpect(status().isOk());
        assertThat(catalogue.get(ref, Viewer.EVERYTHING).content().contacts()).extracting(Contact::name)
            .containsExactly("Awa Diop");
    }

    @Test
    void onlyTheIsuMayNameANewOrganisationThroughTheApi() throws Exception {
        String acronym = "NEW" + Documents.run();
        String token = "Bearer " + identity.issueToken(email(Role.NATIONAL_CONTACT_POINT, "KEN"), "t");
        mvc.perform(post("/api/v1/offers").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind":"OFFER","party":{"type":"ORGANISATION","name":"New body","acronym":"%s"},
                         "title":{"en":"x"},"fields":["LEGISLATION"],"types":["TRAINING"]}""".formatted(acronym)))
            .andExpect(status().isForbidden());
        assertThat(directory.organisationByAcronym(acronym)).isEmpty();
    }

    @Test
    void longQueriesAndDeepPagesAreAnsweredNotCrashed() throws Exception {
        String longQuery = String.join(" ", java.util.Collections.nCopies(120, "laboratory biosafety training"))
            + " " + UUID.randomUUID();
        mvc.perform(get("/api/v1/offers").param("q", longQuery)).andExpect(status().isOk());
        mvc.perform(get("/offers").param("q", longQuery)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/offers").param("page", "107374182")).andExpect(status().isBadRequest());
        mvc.perform(get("/offers").param("page", "107374182")).andExpect(status().isOk());
    }

    @Test
    void overlongFieldsAreRefusedWithAMessageNotAServerError() throws Exception {
        String token = "Bearer " + identity.issueToken(email(Role.NATIONAL_CONTACT_POINT, "KEN"), "t");
        mvc.perform(post("/api/v1/requests").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind":"REQUEST","party":{"type":"STATE","code":"KEN"},
                         "title":{"en-abcdefgh-12345678-abcdefgh-12345678":"x"},
                         "fields":["LEGISLATION"],"types":["TRAINING"]}"""))
            .andExpect(status().isBadRequest());
    }

    @Test
    void aDerivedAcronymThatIsTakenIsMadeUnique() {
        String run = Documents.run();
        var first = directory.ensureOrganisation("Zeta Yankee Xray " + run, null);
        var second = directory.ensureOrganisation("Zeta Yankee Xray Other " + run, "ZYX" + run.substring(0, 1));
        var third = directory.ensureOrganisation("Zulu Yak Xenon " + run, null);
        assertThat(third.acronym()).isNotEqualTo(first.acronym());
        assertThat(second).isNotNull();
    }
}
