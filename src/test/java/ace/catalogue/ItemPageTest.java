package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;

@IntegrationTest
class ItemPageTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;
    @Autowired Catalogue catalogue;

    private MockHttpSession signedIn(Role role, String state) throws Exception {
        return ace.Sessions.signedIn(mvc, identity, role, state);
    }

    @Test
    void anonymousVisitorsAreSentToSignInToPublish() throws Exception {
        mvc.perform(get("/requests/new")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void refusesAnIncompleteFormWithFieldMessagesInTheReadersLanguageAndKeepsNothing() throws Exception {
        MockHttpSession ncp = signedIn(Role.NATIONAL_CONTACT_POINT, "SEN");
        String title = "Demande incomplete " + UUID.randomUUID();
        mvc.perform(post("/requests/new").session(ncp).with(csrf()).param("lang", "en")
                .param("texts[0].language", "fr").param("texts[0].title", title)
                .param("visibility", "PUBLIC").param("validFrom", "2026-05-01").param("validUntil", "2026-01-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Choose at least one subject area.")))
            .andExpect(content().string(Matchers.containsString("The end date is before the start date.")))
            .andExpect(content().string(Matchers.containsString(title)));
        assertThat(catalogue.ids(Viewer.EVERYTHING, ItemKind.REQUEST).stream()
            .flatMap(id -> catalogue.load(java.util.List.of(id), Viewer.EVERYTHING).stream())
            .anyMatch(i -> i.content().texts().values().stream().anyMatch(t -> t.title().equals(title)))).isFalse();
    }

    @Test
    void aSecondSaveOnAnOldVersionIsRefusedAsChangedBySomeoneElse() throws Exception {
        MockHttpSession ncp = signedIn(Role.NATIONAL_CONTACT_POINT, "SEN");
        String run = Documents.run();
        importer.importDocument(Documents.document(
                Documents.request("P-SEN-" + run, "SEN", "fr", "Titre initial", "x", "PUBLIC"))
            .getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        long version = catalogue.get("P-SEN-" + run, Viewer.EVERYTHING).version();
        var edit = post("/requests/P-SEN-" + run + "/edit").session(ncp).with(csrf()).param("lang", "en")
            .param("version", Long.toString(version)).param("texts[0].language", "fr")
            .param("fields", "BIOSAFETY_BIOSECURITY").param("types", "TRAINING").param("visibility", "PUBLIC");
        mvc.perform(edit.param("texts[0].title", "Première modification"))
            .andExpect(redirectedUrl("/requests/P-SEN-" + run));
        mvc.perform(post("/requests/P-SEN-" + run + "/edit").session(ncp).with(csrf()).param("lang", "en")
                .param("version", Long.toString(version)).param("texts[0].language", "fr")
                .param("texts[0].title", "Seconde modification").param("fields", "BIOSAFETY_BIOSECURITY")
                .param("types", "TRAINING").param("visibility", "PUBLIC"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("changed this record while you were editing")));
        assertThat(catalogue.get("P-SEN-" + run, Viewer.EVERYTHING).content().texts().get("fr").title())
            .isEqualTo("Première modification");
    }

    @Test
    void onlyTheOwnersContactPointOrTheIsuMayEdit() throws Exception {
        String run = Documents.run();
        importer.importDocument(Documents.document(
                Documents.request("P-KEN-" + run, "KEN", "en", "Kenyan request", "x", "PUBLIC"))
            .getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        mvc.perform(get("/requests/P-KEN-" + run + "/edit").session(signedIn(Role.NATIONAL_CONTACT_POINT, "UGA")))
            .andExpect(status().isForbidden());
        mvc.perform(get("/requests/P-KEN-" + run + "/edit").session(signedIn(Role.NATIONAL_CONTACT_POINT, "KEN")))
            .andExpect(status().isOk());
        mvc.perform(get("/requests/P-KEN-" + run).session(signedIn(Role.STATE_VIEWER, "KEN")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.not(Matchers.containsString("/edit"))));
    }

    @Test
    void theDemonstrationSetIsAValidInterchangeDocument() throws Exception {
        try (var in = getClass().getResourceAsStream("/demo/demo-items.json")) {
            var items = importer.check(in.readAllBytes(), ImportProgress.NONE);
            assertThat(items).hasSizeGreaterThan(300);
            assertThat(items.stream().map(i -> i.content().originalLanguage()).distinct())
                .contains("ar", "zh", "en", "fr", "ru", "es");
        }
    }

    @Autowired ace.directory.Directory directory;

    @Test
    void providersShowTheirProgrammesAndTheIsuEditsThem() throws Exception {
        long woah = directory.organisationByAcronym("WOAH").orElseThrow().id();
        mvc.perform(get("/organisations")).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("/organisations/" + woah)));
        mvc.perform(get("/organisations/" + woah)).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("WOAH-PVS")));
        var pvs = directory.programmesOf(woah).stream().filter(p -> p.code().equals("WOAH-PVS")).findFirst()
            .orElseThrow();
        var details = directory.programmeDetails(pvs.id());
        var isu = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user("isu@example.org").roles("ISU_OFFICER");
        mvc.perform(post("/admin/programmes/" + pvs.id()).with(isu).with(csrf()).param("code", "WOAH-PVS")
                .param("name", details.name()).param("description", details.description())
                .param("howToAsk", details.howToAsk() + " (checked " + Documents.run() + ")")
                .param("website", details.website() == null ? "" : details.website())
                .param("version", Long.toString(details.version())))
            .andExpect(redirectedUrl("/organisations/" + woah));
        assertThat(directory.programmeDetails(pvs.id()).howToAsk()).contains("(checked ");
        mvc.perform(post("/admin/programmes/" + pvs.id()).with(signedInUser()).with(csrf()).param("code", "X"))
            .andExpect(status().isForbidden());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedInUser() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user("ncp@example.org").roles("NATIONAL_CONTACT_POINT");
    }
}
