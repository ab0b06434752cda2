package ace.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ace.IntegrationTest;

/** What the ISU administrator changes about an account ends that person's open sessions. */
@IntegrationTest
@Import(Accounts4Test.class)
class SessionEndsTest {

    @Autowired MockMvc mvc;
    @Autowired Accounts4Test accounts;
    @Autowired Accounts store;
    @Autowired ace.MutableClock clock;

    private static final RequestPostProcessor ADMIN = user("isu@example.org").roles("ISU_ADMIN");

    private MockHttpSession signIn(CurrentUser person) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("email", person.email())
            .param("password", Accounts4Test.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().isOk());
        return session;
    }

    @Test
    void deactivationEndsTheOpenSession() throws Exception {
        CurrentUser ncp = accounts.open(Role.NATIONAL_CONTACT_POINT);
        MockHttpSession session = signIn(ncp);
        mvc.perform(post("/admin/accounts/" + ncp.id() + "/deactivate").with(ADMIN).with(csrf()));
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aSessionOpenedBeforeADeactivationStaysEndedAfterTheReactivation() throws Exception {
        CurrentUser ncp = accounts.open(Role.NATIONAL_CONTACT_POINT);
        MockHttpSession stolen = signIn(ncp);
        mvc.perform(post("/admin/accounts/" + ncp.id() + "/deactivate").with(ADMIN).with(csrf()));
        mvc.perform(post("/admin/accounts/" + ncp.id() + "/reactivate").with(ADMIN).with(csrf()));
        mvc.perform(get("/account/tokens").session(stolen)).andExpect(status().is3xxRedirection());
        signIn(ncp);
    }

    @Test
    void aRoleChangeIsCheckedAppliedAuditedAndEndsTheOpenSession() throws Exception {
        CurrentUser ncp = accounts.open(Role.NATIONAL_CONTACT_POINT);
        MockHttpSession session = signIn(ncp);
        mvc.perform(get("/admin/accounts/" + ncp.id() + "/role").with(ADMIN).param("lang", "en"))
            .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(ncp.email())));

        // A contact point needs a State: refused, with the reason, and nothing changes.
        mvc.perform(post("/admin/accounts/" + ncp.id() + "/role").with(ADMIN).with(csrf()).param("lang", "en")
                .param("role", "STATE_VIEWER").param("state", "").param("organisation", ""))
            .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("error-summary")));
        assertThat(store.findById(ncp.id()).orElseThrow().role()).isEqualTo(Role.NATIONAL_CONTACT_POINT);
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/accounts/" + ncp.id() + "/role").with(ADMIN).with(csrf())
                .param("role", "STATE_VIEWER").param("state", "uga").param("organisation", ""))
            .andExpect(redirectedUrl("/admin/accounts"));
        Account changed = store.findById(ncp.id()).orElseThrow();
        assertThat(changed.role()).isEqualTo(Role.STATE_VIEWER);
        assertThat(changed.stateCode()).isEqualTo("UGA");
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aSecondFactorResetByTheIsuEndsTheSessionButRemovingOnesOwnDoesNot() throws Exception {
        CurrentUser ncp = accounts.open(Role.NATIONAL_CONTACT_POINT);
        var enrolled = accounts.enrol(ncp);
        clock.advance(java.time.Duration.ofSeconds(30));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("email", ncp.email())
            .param("password", Accounts4Test.PASSWORD)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(post("/login/second-factor").session(session).with(csrf())
            .param("code", accounts.codeNow(enrolled.secret())));
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().isOk());
        mvc.perform(post("/account/security/remove").session(session).with(csrf()));
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().isOk());

        CurrentUser other = accounts.open(Role.NATIONAL_CONTACT_POINT);
        var second = accounts.enrol(other);
        clock.advance(java.time.Duration.ofSeconds(30));
        MockHttpSession hers = new MockHttpSession();
        mvc.perform(post("/login").session(hers).with(csrf()).param("email", other.email())
            .param("password", Accounts4Test.PASSWORD));
        mvc.perform(post("/login/second-factor").session(hers).with(csrf()).param("code", accounts.codeNow(second.secret())));
        mvc.perform(get("/account/tokens").session(hers)).andExpect(status().isOk());
        mvc.perform(post("/admin/accounts/" + other.id() + "/reset-second-factor").with(ADMIN).with(csrf()));
        mvc.perform(get("/account/tokens").session(hers)).andExpect(status().is3xxRedirection());
    }
}
