package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ace.IntegrationTest;
import ace.Sessions;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;

/** Withdrawing and reopening an item, on its page and through the API. */
@IntegrationTest
class ReopenCoverageTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;
    @Autowired Catalogue catalogue;

    private void load(String... items) {
        importer.importDocument(Documents.document(items).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    private String tokenFor(Role role, String state) {
        String email = "reopen-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, role, state, null), Sessions.PASSWORD);
        return "Bearer " + identity.issueToken(email, "test");
    }

    private ItemView stored(String ref) {
        return catalogue.get(ref, Viewer.EVERYTHING);
    }

    @Test
    void theOwnersContactPointWithdrawsAndReopensOnThePage() throws Exception {
        String ref = "RO-PAGE-" + Documents.run();
        load(Documents.request(ref, "KEN", "en", "Reopen on the page " + ref, "x", "PUBLIC"));
        MockHttpSession ncp = Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, "KEN");

        // Withdraw: closed, with the notice, and the page now offers to reopen.
        mvc.perform(post("/requests/" + ref + "/withdraw").session(ncp).with(csrf())
                .param("version", Long.toString(stored(ref).version())))
            .andExpect(redirectedUrl("/requests/" + ref))
            .andExpect(flash().attribute("withdrawn", true));
        assertThat(stored(ref).content().status()).isEqualTo(ItemStatus.CLOSED);
        mvc.perform(get("/requests/" + ref).session(ncp).param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString(
                    "Withdrawn. It stays in the catalogue as closed and can be reopened.")))
            .andExpect(content().string(Matchers.containsString("action=\"/requests/" + ref + "/reopen\"")))
            .andExpect(content().string(Matchers.not(Matchers.containsString(
                    "action=\"/requests/" + ref + "/withdraw\""))));

        // Reopening with a stale version is refused as a conflict and changes nothing.
        long closedVersion = stored(ref).version();
        mvc.perform(post("/requests/" + ref + "/reopen").session(ncp).with(csrf())
                .param("version", Long.toString(closedVersion - 1)))
            .andExpect(redirectedUrl("/requests/" + ref))
            .andExpect(flash().attribute("conflict", true));
        assertThat(stored(ref).content().status()).isEqualTo(ItemStatus.CLOSED);
        // The browser follows the redirect and sees the conflict notice (which uses up the flash).
        mvc.perform(get("/requests/" + ref).session(ncp).param("lang", "en")).andExpect(status().isOk());

        // Someone who does not speak for Kenya may not reopen it.
        mvc.perform(post("/requests/" + ref + "/reopen")
                .session(Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, "UGA")).with(csrf())
                .param("version", Long.toString(closedVersion)))
            .andExpect(status().isForbidden());
        assertThat(stored(ref).content().status()).isEqualTo(ItemStatus.CLOSED);

        // Reopen: open again, with the notice, and the page offers to withdraw once more.
        mvc.perform(post("/requests/" + ref + "/reopen").session(ncp).with(csrf())
                .param("version", Long.toString(closedVersion)))
            .andExpect(redirectedUrl("/requests/" + ref))
            .andExpect(flash().attribute("reopened", true));
        assertThat(stored(ref).content().status()).isEqualTo(ItemStatus.OPEN);
        assertThat(stored(ref).version()).isGreaterThan(closedVersion);
        mvc.perform(get("/requests/" + ref).session(ncp).param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Reopened.")))
            .andExpect(content().string(Matchers.containsString("action=\"/requests/" + ref + "/withdraw\"")))
            .andExpect(content().string(Matchers.not(Matchers.containsString(
                    "action=\"/requests/" + ref + "/reopen\""))));
    }

    @Test
    void aRequestIsWithdrawnAndReopenedThroughTheApi() throws Exception {
        String ref = "RO-API-" + Documents.run();
        load(Documents.request(ref, "KEN", "en", "Reopen through the API " + ref, "x", "PUBLIC"));
        String token = tokenFor(Role.NATIONAL_CONTACT_POINT, "KEN");

        String etag = mvc.perform(post("/api/v1/requests/" + ref + "/withdraw").header("Authorization", token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.ref").value(ref))
            .andExpect(jsonPath("$.status").value("CLOSED"))
            .andExpect(header().exists("ETag"))
            .andReturn().getResponse().getHeader("ETag");
        assertThat(stored(ref).content().status()).isEqualTo(ItemStatus.CLOSED);

        mvc.perform(post("/api/v1/requests/" + ref + "/reopen").header("Authorization", token).header("If-Match", etag))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("OPEN"))
            .andExpect(header().string("ETag", "\"" + stored(ref).version() + "\""));
        assertThat(stored(ref).content().status()).isEqualTo(ItemStatus.OPEN);

        // The ETag of the withdrawal is now stale.
        mvc.perform(post("/api/v1/requests/" + ref + "/withdraw").header("Authorization", token).header("If-Match", etag))
            .andExpect(status().isPreconditionFailed());
        assertThat(stored(ref).content().status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void anOfferIsWithdrawnAndReopenedThroughTheApiOnlyByItsParty() throws Exception {
        String ref = "RO-OFF-" + Documents.run();
        load("""
                {"ref":"%s","kind":"OFFER","party":{"type":"STATE","code":"CAN"},
                 "title":{"en":"Offer to reopen %s"},"fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"],
                 "visibility":"PUBLIC","status":"OPEN"}""".formatted(ref, ref));
        String canada = tokenFor(Role.NATIONAL_CONTACT_POINT, "CAN");

        mvc.perform(post("/api/v1/offers/" + ref + "/withdraw").header("Authorization", canada))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));

        mvc.perform(post("/api/v1/offers/" + ref + "/reopen")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/offers/" + ref + "/reopen")
                .header("Authorization", tokenFor(Role.NATIONAL_CONTACT_POINT, "KEN")))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/requests/" + ref + "/reopen").header("Authorization", canada))
            .andExpect(status().isNotFound());
        assertThat(stored(ref).content().status()).isEqualTo(ItemStatus.CLOSED);

        mvc.perform(post("/api/v1/offers/" + ref + "/reopen").header("Authorization", canada))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        assertThat(stored(ref).content().status()).isEqualTo(ItemStatus.OPEN);
        mvc.perform(get("/api/v1/offers/" + ref)).andExpect(jsonPath("$.status").value("OPEN"));
    }
}
