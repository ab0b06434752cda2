package ace.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ace.IntegrationTest;
import ace.MutableClock;
import ace.Sessions;

/**
 * Personal API tokens through the pages (TokenController): created with the form, shown once,
 * used as {@code Authorization: Bearer}, last use recorded and shown, revoked with the form.
 */
@IntegrationTest
class TokenUiCoverageTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired ApiTokens tokens;
    @Autowired MutableClock clock;

    private CurrentUser open() {
        String email = "tokens-" + UUID.randomUUID() + "@example.org";
        return identity.create(new NewAccount(email, "Token Tester", Role.NATIONAL_CONTACT_POINT, "KEN", null),
                Sessions.PASSWORD);
    }

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("email", user.email())
                .param("password", Sessions.PASSWORD))
            .andExpect(redirectedUrl("/"));
        return session;
    }

    /** Creates a token through the form; returns the token as the page would show it once. */
    private String createThroughForm(MockHttpSession session, String name) throws Exception {
        MvcResult created = mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", name))
            .andExpect(redirectedUrl("/account/tokens"))
            .andExpect(flash().attributeExists("newToken"))
            .andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith("ace_");
        return token;
    }

    private ApiToken only(CurrentUser user) {
        List<ApiToken> mine = tokens.findByAccountIdOrderByCreatedAtDesc(user.id());
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/account/tokens").session(session))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The "Last used" cell of the row of the token with this name. */
    private static String lastUsedCell(String page, String name) {
        Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(name)
                + "</th>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>").matcher(page);
        assertThat(row.find()).as("a row for the token " + name).isTrue();
        return row.group(1).strip();
    }

    @Test
    void aTokenCreatedWithTheFormAuthenticatesAsItsOwnerUntilRevokedWithTheForm() throws Exception {
        CurrentUser ncp = open();
        MockHttpSession session = signIn(ncp);
        String name = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        String token = createThroughForm(session, name);

        ApiToken stored = only(ncp);
        assertThat(stored.name()).isEqualTo(name);
        assertThat(stored.lastUsedAt()).isNull();
        assertThat(stored.revokedAt()).isNull();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.email").value(ncp.email()))
            .andExpect(jsonPath("$.role").value("NATIONAL_CONTACT_POINT"))
            .andExpect(jsonPath("$.stateCode").value("KEN"));

        ApiToken used = tokens.findById(stored.id()).orElseThrow();
        assertThat(used.lastUsedAt()).isNotNull();
        assertThat(used.lastUsedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.SECONDS));

        mvc.perform(post("/account/tokens/" + stored.id() + "/revoke").session(session).with(csrf()))
            .andExpect(redirectedUrl("/account/tokens"))
            .andExpect(flash().attribute("revoked", name));
        assertThat(tokens.findById(stored.id()).orElseThrow().revokedAt()).isNotNull();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void theNewTokenIsShownOnceAndThenOnlyItsName() throws Exception {
        CurrentUser ncp = open();
        MockHttpSession session = signIn(ncp);
        String name = "sync-" + UUID.randomUUID().toString().substring(0, 8);
        String token = createThroughForm(session, name);

        // The redirect target: the flash attribute (kept in the session) puts the token on the page.
        String first = page(session);
        assertThat(first).contains("<code id=\"new-token\" class=\"token\">" + token + "</code>");
        assertThat(first).contains("Your new token is shown below only once. Copy it now and keep it safe.");
        assertThat(first).contains("<th scope=\"row\">" + name + "</th>");

        String again = page(session);
        assertThat(again).doesNotContain(token);
        assertThat(again).doesNotContain("id=\"new-token\"");
        assertThat(again).contains("<th scope=\"row\">" + name + "</th>");
    }

    @Test
    void theTokensPageShowsWhenATokenWasLastUsedAndThatItWasRevoked() throws Exception {
        CurrentUser ncp = open();
        MockHttpSession session = signIn(ncp);
        String name = "report-" + UUID.randomUUID().toString().substring(0, 8);
        String token = createThroughForm(session, name);
        long id = only(ncp).id();

        assertThat(lastUsedCell(page(session), name)).isEqualTo("Never");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        String afterUse = page(session);
        String lastUsed = lastUsedCell(afterUse, name);
        assertThat(lastUsed).isNotEqualTo("Never").isNotBlank().containsPattern("\\d");
        assertThat(afterUse).contains("/account/tokens/" + id + "/revoke");

        mvc.perform(post("/account/tokens/" + id + "/revoke").session(session).with(csrf()))
            .andExpect(redirectedUrl("/account/tokens"));
        String afterRevoke = page(session);
        assertThat(afterRevoke).contains("The token " + name + " was revoked.");
        assertThat(afterRevoke).doesNotContain("/account/tokens/" + id + "/revoke");
    }

    @Test
    void nobodyElseCanRevokeMyToken() throws Exception {
        CurrentUser owner = open();
        String token = createThroughForm(signIn(owner), "mine-" + UUID.randomUUID().toString().substring(0, 8));
        long id = only(owner).id();

        MockHttpSession stranger = signIn(open());
        mvc.perform(post("/account/tokens/" + id + "/revoke").session(stranger).with(csrf()))
            .andExpect(status().isNotFound());

        assertThat(tokens.findById(id).orElseThrow().revokedAt()).isNull();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.email").value(owner.email()));
    }

    @Test
    void aNameLongerThanAHundredCharactersIsRefusedAndNoTokenIsIssued() throws Exception {
        CurrentUser ncp = open();
        MockHttpSession session = signIn(ncp);
        mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "x".repeat(101)))
            .andExpect(redirectedUrl("/account/tokens"))
            .andExpect(flash().attribute("nameTooLong", true))
            .andExpect(flash().attributeCount(1));
        assertThat(tokens.findByAccountIdOrderByCreatedAtDesc(ncp.id())).isEmpty();
    }
}
