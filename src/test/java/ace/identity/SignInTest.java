package ace.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ace.IntegrationTest;
import ace.MutableClock;

@IntegrationTest
@Import(Accounts4Test.class)
class SignInTest {

    @Autowired MockMvc mvc;
    @Autowired Accounts4Test accounts;
    @Autowired MutableClock clock;

    private MvcResult signIn(String email, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").session(session).param("email", email).param("password", password)
            .with(csrf())).andReturn();
    }

    @Test
    void signsInWithPasswordAndOpensOwnPages() throws Exception {
        CurrentUser ncp = accounts.open(Role.NATIONAL_CONTACT_POINT);
        MockHttpSession session = new MockHttpSession();
        MvcResult result = signIn(ncp.email(), Accounts4Test.PASSWORD, session);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/");
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().isOk());
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() throws Exception {
        CurrentUser ncp = accounts.open(Role.NATIONAL_CONTACT_POINT);
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(ncp.email(), "not the password at all", session).getResponse().getRedirectedUrl())
            .isEqualTo("/login?error");
        assertThat(signIn("nobody-" + ncp.email(), "not the password at all", session).getResponse()
            .getRedirectedUrl()).isEqualTo("/login?error");
        mvc.perform(get("/account/tokens").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void throttlesAnAccountAfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
        CurrentUser ncp = accounts.open(Role.STATE_VIEWER);
        for (int i = 0; i < 5; i++) {
            signIn(ncp.email(), "wrong password number " + i, new MockHttpSession());
        }
        assertThat(signIn(ncp.email(), Accounts4Test.PASSWORD, new MockHttpSession()).getResponse()
            .getRedirectedUrl()).isEqualTo("/login?throttled");
        clock.advance(Duration.ofMinutes(16));
        assertThat(signIn(ncp.email(), Accounts4Test.PASSWORD, new MockHttpSession()).getResponse()
            .getRedirectedUrl()).endsWith("/");
    }

    @Test
    void isuStaffMustEnrolASecondFactorBeforeAnythingElse() throws Exception {
        CurrentUser admin = accounts.open(Role.ISU_ADMIN);
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(admin.email(), Accounts4Test.PASSWORD, session).getResponse().getRedirectedUrl())
            .isEqualTo("/login/enrol");
        mvc.perform(get("/admin/accounts").session(session)).andExpect(redirectedUrl("/login/enrol"));

        mvc.perform(get("/login/enrol").session(session)).andExpect(status().isOk());
        String secret = (String) session.getAttribute(SignInController.ENROL_SECRET);
        String wrong = accounts.codeNow(secret).equals("123456") ? "654321" : "123456";
        mvc.perform(post("/login/enrol").session(session).param("code", wrong).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("error-summary")));
        mvc.perform(get("/admin/accounts").session(session)).andExpect(redirectedUrl("/login/enrol"));
        mvc.perform(post("/login/enrol").session(session).param("code", accounts.codeNow(secret)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("recovery-codes")));
        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());
    }

    @Test
    void asksForTheCodeAndRefusesAWrongOrReplayedOne() throws Exception {
        CurrentUser officer = accounts.open(Role.ISU_OFFICER);
        var enrolled = accounts.enrol(officer);
        clock.advance(Duration.ofSeconds(30));

        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(officer.email(), Accounts4Test.PASSWORD, session).getResponse().getRedirectedUrl())
            .isEqualTo("/login/second-factor");
        mvc.perform(get("/organisations").session(session)).andExpect(status().isOk());
        mvc.perform(get("/admin/organisations/new").session(session))
            .andExpect(redirectedUrl("/login/second-factor"));

        String wrong = accounts.codeNow(enrolled.secret()).equals("123456") ? "654321" : "123456";
        mvc.perform(post("/login/second-factor").session(session).param("code", wrong).with(csrf()))
            .andExpect(status().isOk());
        mvc.perform(get("/admin/organisations/new").session(session))
            .andExpect(redirectedUrl("/login/second-factor"));

        String code = accounts.codeNow(enrolled.secret());
        mvc.perform(post("/login/second-factor").session(session).param("code", code).with(csrf()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/organisations/new").session(session)).andExpect(status().isOk());

        MockHttpSession replay = new MockHttpSession();
        signIn(officer.email(), Accounts4Test.PASSWORD, replay);
        mvc.perform(post("/login/second-factor").session(replay).param("code", code).with(csrf()))
            .andExpect(status().isOk());
        mvc.perform(get("/admin/organisations/new").session(replay))
            .andExpect(redirectedUrl("/login/second-factor"));
    }

    @Test
    void aRecoveryCodeWorksExactlyOnce() throws Exception {
        CurrentUser officer = accounts.open(Role.ISU_OFFICER);
        String recovery = accounts.enrol(officer).recoveryCodes().get(0);

        MockHttpSession first = new MockHttpSession();
        signIn(officer.email(), Accounts4Test.PASSWORD, first);
        mvc.perform(post("/login/second-factor").session(first).param("code", recovery.toLowerCase()).with(csrf()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/organisations/new").session(first)).andExpect(status().isOk());

        MockHttpSession second = new MockHttpSession();
        signIn(officer.email(), Accounts4Test.PASSWORD, second);
        mvc.perform(post("/login/second-factor").session(second).param("code", recovery).with(csrf()))
            .andExpect(status().isOk());
        mvc.perform(get("/admin/organisations/new").session(second))
            .andExpect(redirectedUrl("/login/second-factor"));
    }

    @Test
    void rolesOpenOnlyTheirOwnPages() throws Exception {
        MockHttpSession ncp = new MockHttpSession();
        signIn(accounts.open(Role.NATIONAL_CONTACT_POINT).email(), Accounts4Test.PASSWORD, ncp);
        mvc.perform(get("/admin/accounts").session(ncp)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(ncp)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/states/KEN").session(ncp)).andExpect(status().isForbidden());

        MockHttpSession auditor = new MockHttpSession();
        signIn(accounts.open(Role.AUDITOR).email(), Accounts4Test.PASSWORD, auditor);
        mvc.perform(get("/audit").session(auditor)).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").session(auditor)).andExpect(status().isForbidden());

        mvc.perform(get("/audit")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aDeactivatedAccountCannotSignIn() throws Exception {
        CurrentUser viewer = accounts.open(Role.STATE_VIEWER);
        accounts.deactivate(viewer);
        assertThat(signIn(viewer.email(), Accounts4Test.PASSWORD, new MockHttpSession()).getResponse()
            .getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void apiTokensAuthenticateAsTheirAccountUntilRevoked() throws Exception {
        CurrentUser ncp = accounts.open(Role.NATIONAL_CONTACT_POINT);
        String token = accounts.token(ncp);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.email").value(ncp.email()))
            .andExpect(jsonPath("$.role").value("NATIONAL_CONTACT_POINT"))
            .andExpect(jsonPath("$.stateCode").value("KEN"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ace_not-a-token"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());

        accounts.revokeAll(ncp);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
            .andExpect(status().isUnauthorized());
    }
}
