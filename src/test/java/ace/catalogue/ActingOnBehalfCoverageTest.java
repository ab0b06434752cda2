package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ace.IntegrationTest;
import ace.MutableClock;
import ace.Sessions;
import ace.directory.Directory;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;
import ace.identity.TestTotp;

/**
 * Who the page form publishes for: the ISU names the party (a State, or an organisation for an
 * offer); an organisation's focal point publishes offers for her organisation only, and no requests.
 */
@IntegrationTest
class ActingOnBehalfCoverageTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Catalogue catalogue;
    @Autowired Directory directory;
    @Autowired MutableClock clock;
    @Autowired ace.audit.AuditLog audit;

    /** An ISU officer signed in through the real form, enrolling her second factor on the way. */
    private MockHttpSession isuOfficer() throws Exception {
        String email = "isu-officer-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, Role.ISU_OFFICER, null, null), Sessions.PASSWORD);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("email", email)
                .param("password", Sessions.PASSWORD))
            .andExpect(redirectedUrl("/login/enrol"));
        mvc.perform(get("/login/enrol").session(session)).andExpect(status().isOk());
        // The secret the enrolment page shows is kept in the session (SignInController.ENROL_SECRET).
        String secret = (String) session.getAttribute("ace.enrol.secret");
        assertThat(secret).isNotNull();
        mvc.perform(post("/login/enrol").session(session).with(csrf())
                .param("code", TestTotp.code(secret, clock.instant())))
            .andExpect(status().isOk());
        return session;
    }

    /** A focal point of the organisation with this acronym, signed in through the real form. */
    private MockHttpSession focalPoint(String acronym) throws Exception {
        String email = "focal-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, Role.ORGANISATION_FOCAL_POINT, null, acronym), Sessions.PASSWORD);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("email", email)
            .param("password", Sessions.PASSWORD));
        return session;
    }

    private static MockHttpServletRequestBuilder form(String path, MockHttpSession session, String title) {
        return post(path).session(session).with(csrf()).param("lang", "en")
            .param("texts[0].language", "en").param("texts[0].title", title)
            .param("fields", "LABORATORY_CAPACITY").param("types", "EXPERT_ADVICE").param("visibility", "PUBLIC");
    }

    private String refOf(String redirect, String kind) {
        assertThat(redirect).startsWith("/" + kind + "/");
        return redirect.substring(redirect.lastIndexOf('/') + 1);
    }

    @Test
    void anIsuOfficerPublishesARequestForAState() throws Exception {
        MockHttpSession isu = isuOfficer();
        mvc.perform(get("/requests/new").session(isu).param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("id=\"partyState\"")));

        String title = "Requested by the ISU for Ghana " + Documents.run();
        String redirect = mvc.perform(form("/requests/new", isu, title).param("partyState", "GHA"))
            .andExpect(status().is3xxRedirection())
            .andReturn().getResponse().getRedirectedUrl();
        String ref = refOf(redirect, "requests");
        assertThat(ref).startsWith("REQ-GHA-");

        ItemView created = catalogue.get(ref, Viewer.EVERYTHING);
        assertThat(created.content().party()).isEqualTo(Party.state("GHA"));
        assertThat(created.content().texts().get("en").title()).isEqualTo(title);
        // Recorded as such: the audit entry says the ISU entered it on Ghana's behalf.
        assertThat(audit.search(new ace.audit.AuditFilter(null, "ItemPublished", "Item:" + ref, null, null), 0, 1))
            .singleElement().satisfies(e -> assertThat(e.after()).contains("ISU on behalf of GHA"));

        // Ghana's contact point may now edit it; Kenya's may not.
        mvc.perform(get("/requests/" + ref + "/edit")
                .session(Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, "GHA")))
            .andExpect(status().isOk());
        mvc.perform(get("/requests/" + ref + "/edit")
                .session(Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, "KEN")))
            .andExpect(status().isForbidden());
    }

    @Test
    void anIsuOfficerPublishesAnOfferForAnOrganisation() throws Exception {
        long woah = directory.organisationByAcronym("WOAH").orElseThrow().id();
        MockHttpSession isu = isuOfficer();
        String redirect = mvc.perform(form("/offers/new", isu, "Offered by the ISU for WOAH " + Documents.run())
                .param("partyType", "ORGANISATION").param("partyOrganisation", Long.toString(woah)))
            .andExpect(status().is3xxRedirection())
            .andReturn().getResponse().getRedirectedUrl();
        ItemView created = catalogue.get(refOf(redirect, "offers"), Viewer.EVERYTHING);
        assertThat(created.content().party()).isEqualTo(Party.organisation(woah));
    }

    @Test
    void aContactPointsFormHasNoPartyChoice() throws Exception {
        mvc.perform(get("/requests/new").session(Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, "KEN"))
                .param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"partyState\""))));
    }

    @Test
    void aFocalPointPublishesOffersForHerOrganisationOnly() throws Exception {
        long woah = directory.organisationByAcronym("WOAH").orElseThrow().id();
        MockHttpSession focal = focalPoint("WOAH");

        mvc.perform(get("/offers/new").session(focal).param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"partyState\""))))
            .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"partyOrganisation\""))));

        // Even if the form names another party, the offer is her organisation's.
        String title = "Offered by a WOAH focal point " + Documents.run();
        String redirect = mvc.perform(form("/offers/new", focal, title)
                .param("partyType", "STATE").param("partyState", "KEN"))
            .andExpect(status().is3xxRedirection())
            .andReturn().getResponse().getRedirectedUrl();
        String ref = refOf(redirect, "offers");
        ItemView created = catalogue.get(ref, Viewer.EVERYTHING);
        assertThat(created.kind()).isEqualTo(ItemKind.OFFER);
        assertThat(created.content().party()).isEqualTo(Party.organisation(woah));
        assertThat(created.content().texts().get("en").title()).isEqualTo(title);

        mvc.perform(get("/offers/" + ref + "/edit").session(focal)).andExpect(status().isOk());
    }

    @Test
    void aFocalPointCannotPublishARequest() throws Exception {
        MockHttpSession focal = focalPoint("WOAH");
        String title = "A request a focal point tried " + Documents.run();
        mvc.perform(get("/requests/new").session(focal)).andExpect(status().isForbidden());
        mvc.perform(form("/requests/new", focal, title).param("partyState", "KEN"))
            .andExpect(status().isForbidden());
        assertThat(catalogue.load(catalogue.ids(Viewer.EVERYTHING, ItemKind.REQUEST), Viewer.EVERYTHING).stream()
            .anyMatch(i -> i.content().texts().values().stream().anyMatch(t -> t.title().equals(title)))).isFalse();
    }
}
