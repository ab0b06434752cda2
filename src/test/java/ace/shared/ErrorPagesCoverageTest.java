package ace.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.Sessions;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;
import jakarta.servlet.RequestDispatcher;

/**
 * Error pages. MockMvc has no servlet container, so a {@code sendError} returns an empty body;
 * these tests make the request the container then forwards to ({@code /error} with the
 * {@code jakarta.servlet.error.*} attributes), as Tomcat does. ErrorPageServerCoverageTest checks
 * the 403 page on the real server.
 */
@IntegrationTest
class ErrorPagesCoverageTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;

    static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        var stream = ErrorPagesCoverageTest.class.getResourceAsStream("/messages/messages_" + lang + ".properties");
        assertThat(stream).as("messages_" + lang + ".properties").isNotNull();
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void aSignedInPersonWithoutTheRoleGetsTheForbiddenPageInHerLanguage() throws Exception {
        String email = "forbidden-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, Role.NATIONAL_CONTACT_POINT, "KEN", null), Sessions.PASSWORD);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("email", email)
                .param("password", Sessions.PASSWORD))
            .andExpect(redirectedUrl("/"));

        mvc.perform(get("/admin/accounts").session(session).header("Accept-Language", "fr"))
            .andExpect(status().isForbidden());

        String page = mvc.perform(get("/error").session(session).header("Accept-Language", "fr")
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/accounts")
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, "Access Denied"))
            .andExpect(status().isForbidden())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Properties fr = bundle("fr");
        Properties en = bundle("en");
        assertThat(page).contains("<html lang=\"fr\" dir=\"ltr\">");
        assertThat(page).contains("<h1>" + fr.getProperty("error.403.heading") + "</h1>");
        assertThat(page).contains(fr.getProperty("error.403.text"));
        assertThat(page).doesNotContain(en.getProperty("error.403.heading"));
        // Still shown as signed in: the sign-out button names her.
        assertThat(page).contains(email);
    }

    @Test
    void aServerErrorPageGivesAReferenceAndNoInternals() throws Exception {
        String page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).header("Accept-Language", "en")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/offers")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION,
                        new IllegalStateException("coverage test: simulated failure")))
            .andExpect(status().isInternalServerError())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Properties en = bundle("en");
        assertThat(page).contains("<h1>" + en.getProperty("error.generic.heading") + "</h1>");
        assertThat(page).contains(en.getProperty("error.generic.text"));
        Matcher reference = Pattern.compile("Reference: ([0-9A-F]{10})").matcher(page);
        assertThat(reference.find()).as("a reference such as 'Reference: 3F9A0C12B4'").isTrue();
        assertThat(page).doesNotContain("simulated failure").doesNotContain("IllegalStateException");
    }
}
