package ace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ace.IntegrationTest;
import ace.Sessions;
import ace.directory.Directory;
import ace.identity.Identity;
import ace.identity.Role;

/** The auditor's page (AuditController): filtering by action shows only entries of that action. */
@IntegrationTest
class AuditFilterCoverageTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Directory directory;
    @Autowired AuditLog log;

    /** One table row as the page shows it: action and subject. */
    private record Row(String action, String subject) {
    }

    private static List<Row> rows(String page) {
        Matcher cells = Pattern.compile("<td><code>([^<]*)</code></td>\\s*<td><code>([^<]*)</code></td>").matcher(page);
        List<Row> rows = new ArrayList<>();
        while (cells.find()) {
            rows.add(new Row(cells.group(1), cells.group(2)));
        }
        return rows;
    }

    private String auditPage(MockHttpSession auditor, String... params) throws Exception {
        var request = get("/audit").session(auditor);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder organisation(MockHttpServletRequestBuilder request,
            RequestPostProcessor isu, String acronym, String name, long version) {
        return request.with(isu).with(csrf())
            .param("acronym", acronym)
            .param("name", name)
            .param("kind", "NGO")
            .param("website", "")
            .param("description", "")
            .param("version", Long.toString(version));
    }

    @Test
    void anAuditorFilteringByActionSeesOnlyEntriesOfThatAction() throws Exception {
        // One ISU officer with a unique e-mail makes one registration and one edit.
        String officer = "audit-filter-" + UUID.randomUUID() + "@example.org";
        RequestPostProcessor isu = user(officer).roles("ISU_OFFICER");
        String acronym = "AF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(organisation(post("/admin/organisations/new"), isu, acronym, "Audit Filter " + acronym, 0))
            .andExpect(redirectedUrl("/organisations"));
        long id = directory.organisationByAcronym(acronym).orElseThrow().id();
        long version = directory.organisationDetails(id).version();
        mvc.perform(organisation(post("/admin/organisations/" + id), isu, acronym, "Audit Filter Renamed " + acronym,
                    version))
            .andExpect(redirectedUrl("/organisations"));
        String subject = "Organisation:" + id;

        MockHttpSession auditor = Sessions.signedIn(mvc, identity, Role.AUDITOR, null);

        // Without an action filter, the officer's entries are of both actions.
        String everything = auditPage(auditor, "actor", officer);
        assertThat(rows(everything)).containsExactly(new Row("OrganisationUpdated", subject),
                new Row("OrganisationRegistered", subject));
        assertThat(everything).contains("<p>2 entries</p>");

        // Filtered by action: only the registration.
        String registered = auditPage(auditor, "actor", officer, "action", "OrganisationRegistered");
        assertThat(rows(registered)).containsExactly(new Row("OrganisationRegistered", subject));
        assertThat(registered).contains("<p>1 entries</p>");
        assertThat(registered).contains("value=\"OrganisationRegistered\"");
        assertThat(registered).doesNotContain("<code>OrganisationUpdated</code>");

        String updated = auditPage(auditor, "actor", officer, "action", "OrganisationUpdated");
        assertThat(rows(updated)).containsExactly(new Row("OrganisationUpdated", subject));

        // The action filter alone, over the whole log: every row shown is of that action.
        String allUpdates = auditPage(auditor, "action", "OrganisationUpdated");
        List<Row> shown = rows(allUpdates);
        assertThat(shown).isNotEmpty().contains(new Row("OrganisationUpdated", subject));
        assertThat(shown).extracting(Row::action).containsOnly("OrganisationUpdated");
        long total = log.count(new AuditFilter(null, "OrganisationUpdated", null, null, null));
        assertThat(shown).hasSize((int) Math.min(total, AuditController.PAGE_SIZE));

        // An action nobody performed: an empty table, not everything.
        String none = auditPage(auditor, "action", "NoSuchAction" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(rows(none)).isEmpty();
        assertThat(none).contains("<p>0 entries</p>");
    }
}
