package ace.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ace.IntegrationTest;
import ace.MutableClock;
import ace.Sessions;
import ace.audit.AuditEntry;
import ace.audit.AuditFilter;
import ace.audit.AuditLog;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;
import ace.identity.TestTotp;

/**
 * The organisations registry (OrganisationController): ISU staff, fully signed in with their
 * second factor, register and edit organisations; everybody sees the public list; nobody else
 * may change it; every change is in the audit log.
 */
@IntegrationTest
class OrganisationRegistryCoverageTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Directory directory;
    @Autowired AuditLog audit;
    @Autowired MutableClock clock;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String html(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** An ISU officer signed in through the form, enrolling her authenticator on the way as she must. */
    private MockHttpSession isuOfficer(String email) throws Exception {
        identity.create(new NewAccount(email, "Coverage Officer", Role.ISU_OFFICER, null, null), Sessions.PASSWORD);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("email", email)
                .param("password", Sessions.PASSWORD))
            .andExpect(redirectedUrl("/login/enrol"));
        String enrol = html(mvc.perform(get("/login/enrol").session(session)).andExpect(status().isOk()));
        Matcher secret = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>").matcher(enrol);
        assertThat(secret.find()).as("the key under the QR code").isTrue();
        mvc.perform(post("/login/enrol").session(session).with(csrf())
                .param("code", TestTotp.code(secret.group(1), clock.instant())))
            .andExpect(status().isOk());
        mvc.perform(get("/admin/organisations/new").session(session)).andExpect(status().isOk());
        return session;
    }

    private static MockHttpServletRequestBuilder details(MockHttpServletRequestBuilder request, String acronym,
            String name, OrganisationKind kind, long version) {
        return request.with(csrf())
            .param("acronym", acronym)
            .param("name", name)
            .param("kind", kind.name())
            .param("website", "https://example.org/" + acronym.toLowerCase())
            .param("description", "Registered by a coverage test.")
            .param("version", Long.toString(version));
    }

    private List<AuditEntry> entries(String action, long id) {
        return audit.search(new AuditFilter(null, action, "Organisation:" + id, null, null), 0, 100).stream()
            .filter(e -> e.subject().equals("Organisation:" + id))
            .toList();
    }

    private String publicList() throws Exception {
        return html(mvc.perform(get("/organisations")).andExpect(status().isOk()));
    }

    @Test
    void isuStaffRegisterAndEditAnOrganisationThatEverybodySeesAndTheAuditLogRecords() throws Exception {
        String email = "isu-officer-" + UUID.randomUUID() + "@example.org";
        MockHttpSession isu = isuOfficer(email);
        String acronym = unique("CT-");
        String name = "Coverage Institute " + acronym;

        String form = html(mvc.perform(get("/admin/organisations/new").session(isu)).andExpect(status().isOk()));
        assertThat(form).contains("action=\"/admin/organisations/new\"").contains("Register an organisation");

        mvc.perform(details(post("/admin/organisations/new").session(isu), acronym, name, OrganisationKind.ACADEMIC, 0))
            .andExpect(redirectedUrl("/organisations"))
            .andExpect(flash().attribute("saved", acronym));

        OrganisationRef registered = directory.organisationByAcronym(acronym).orElseThrow();
        long id = registered.id();
        assertThat(registered.name()).isEqualTo(name);
        assertThat(registered.kind()).isEqualTo(OrganisationKind.ACADEMIC);

        String list = publicList();
        assertThat(list).contains(">" + acronym + "</a>").contains(name).contains("href=\"/organisations/" + id + "\"");
        assertThat(list).doesNotContain("href=\"/admin/organisations/" + id + "\"");
        assertThat(html(mvc.perform(get("/organisations").session(isu)).andExpect(status().isOk())))
            .contains("href=\"/admin/organisations/" + id + "\"");

        List<AuditEntry> registeredEntries = entries("OrganisationRegistered", id);
        assertThat(registeredEntries).hasSize(1);
        assertThat(registeredEntries.get(0).actor()).isEqualTo(email);
        assertThat(registeredEntries.get(0).before()).isNull();
        assertThat(registeredEntries.get(0).after()).contains("\"acronym\":\"" + acronym + "\"")
            .contains("\"name\":\"" + name + "\"").contains("\"kind\":\"ACADEMIC\"");

        long version = directory.organisationDetails(id).version();
        String edit = html(mvc.perform(get("/admin/organisations/" + id).session(isu)).andExpect(status().isOk()));
        assertThat(edit).contains("action=\"/admin/organisations/" + id + "\"").contains("value=\"" + acronym + "\"")
            .contains("Edit an organisation");

        String renamed = "Renamed Coverage Institute " + acronym;
        mvc.perform(details(post("/admin/organisations/" + id).session(isu), acronym, renamed, OrganisationKind.NGO,
                    version))
            .andExpect(redirectedUrl("/organisations"))
            .andExpect(flash().attribute("saved", acronym));

        OrganisationDetails saved = directory.organisationDetails(id);
        assertThat(saved.name()).isEqualTo(renamed);
        assertThat(saved.kind()).isEqualTo(OrganisationKind.NGO);
        assertThat(saved.version()).isGreaterThan(version);
        assertThat(publicList()).contains(renamed).doesNotContain(">" + name + "<");
        assertThat(html(mvc.perform(get("/organisations/" + id)).andExpect(status().isOk()))).contains(renamed);

        List<AuditEntry> updatedEntries = entries("OrganisationUpdated", id);
        assertThat(updatedEntries).hasSize(1);
        assertThat(updatedEntries.get(0).actor()).isEqualTo(email);
        assertThat(updatedEntries.get(0).before()).contains("\"name\":\"" + name + "\"")
            .contains("\"kind\":\"ACADEMIC\"");
        assertThat(updatedEntries.get(0).after()).contains("\"name\":\"" + renamed + "\"")
            .contains("\"kind\":\"NGO\"");

        // A second save based on the version the first one replaced is refused and changes nothing.
        String conflict = html(mvc.perform(details(post("/admin/organisations/" + id).session(isu), acronym,
                    "Stale Edit " + acronym, OrganisationKind.OTHER, version))
            .andExpect(status().isOk()));
        assertThat(conflict).contains("error-summary").contains("Someone else changed this record");
        assertThat(directory.organisationDetails(id).name()).isEqualTo(renamed);
        assertThat(entries("OrganisationUpdated", id)).hasSize(1);
    }

    @Test
    void aSecondOrganisationCannotTakeAnAcronymAlreadyInUse() throws Exception {
        MockHttpSession isu = isuOfficer("isu-officer-" + UUID.randomUUID() + "@example.org");
        String acronym = unique("DUP-");
        mvc.perform(details(post("/admin/organisations/new").session(isu), acronym, "First " + acronym,
                    OrganisationKind.NGO, 0))
            .andExpect(redirectedUrl("/organisations"));
        long id = directory.organisationByAcronym(acronym).orElseThrow().id();

        String refused = html(mvc.perform(details(post("/admin/organisations/new").session(isu),
                    acronym.toLowerCase(), "Second " + acronym, OrganisationKind.NGO, 0))
            .andExpect(status().isOk()));
        assertThat(refused).contains("Another organisation already uses this acronym.");
        assertThat(directory.organisationByAcronym(acronym).orElseThrow().id()).isEqualTo(id);
        assertThat(directory.organisationByAcronym(acronym).orElseThrow().name()).isEqualTo("First " + acronym);
    }

    @Test
    void peopleOutsideTheIsuCannotRegisterOrEditOrganisations() throws Exception {
        MockHttpSession ncp = Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, "KEN");
        String acronym = unique("NO-");

        mvc.perform(get("/admin/organisations/new").session(ncp)).andExpect(status().isForbidden());
        mvc.perform(details(post("/admin/organisations/new").session(ncp), acronym, "Not Allowed " + acronym,
                    OrganisationKind.NGO, 0))
            .andExpect(status().isForbidden());
        assertThat(directory.organisationByAcronym(acronym)).isEmpty();

        // An existing organisation stays as it is.
        MockHttpSession isu = isuOfficer("isu-officer-" + UUID.randomUUID() + "@example.org");
        String existing = unique("OK-");
        mvc.perform(details(post("/admin/organisations/new").session(isu), existing, "Kept " + existing,
                    OrganisationKind.NGO, 0))
            .andExpect(redirectedUrl("/organisations"));
        long id = directory.organisationByAcronym(existing).orElseThrow().id();
        long version = directory.organisationDetails(id).version();
        mvc.perform(get("/admin/organisations/" + id).session(ncp)).andExpect(status().isForbidden());
        mvc.perform(details(post("/admin/organisations/" + id).session(ncp), existing, "Hijacked " + existing,
                    OrganisationKind.NGO, version))
            .andExpect(status().isForbidden());
        assertThat(directory.organisationDetails(id).name()).isEqualTo("Kept " + existing);
        assertThat(entries("OrganisationUpdated", id)).isEmpty();

        // The public list is open to them, without the registration link.
        String list = html(mvc.perform(get("/organisations").session(ncp)).andExpect(status().isOk()));
        assertThat(list).contains("Kept " + existing).doesNotContain("href=\"/admin/organisations/new\"");

        // Anonymous visitors are sent to sign in.
        mvc.perform(details(post("/admin/organisations/new"), acronym, "Anonymous " + acronym, OrganisationKind.NGO, 0))
            .andExpect(redirectedUrl("/login"));
        assertThat(directory.organisationByAcronym(acronym)).isEmpty();
    }
}
