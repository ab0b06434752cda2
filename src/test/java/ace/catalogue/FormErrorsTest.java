package ace.catalogue;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.Sessions;
import ace.identity.Identity;
import ace.identity.Role;

/** A refused form says what is wrong next to each field, in the reader's language, and keeps what was typed. */
@IntegrationTest
class FormErrorsTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;

    @Test
    void eachProblemIsShownAtItsFieldAndLinkedFromTheSummary() throws Exception {
        var session = Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, "SEN");
        mvc.perform(post("/requests/new").session(session).with(csrf()).param("lang", "fr")
                .param("texts[0].language", "fr").param("texts[0].title", "Titre gardé")
                .param("validFrom", "2027-05-01").param("validUntil", "2027-01-01").param("visibility", "PUBLIC"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("id=\"fields-error\"")))
            .andExpect(content().string(Matchers.containsString("id=\"types-error\"")))
            .andExpect(content().string(Matchers.containsString("id=\"validUntil-error\"")))
            .andExpect(content().string(Matchers.containsString("aria-describedby=\"fields-error\"")))
            .andExpect(content().string(Matchers.containsString("href=\"#fields-group\"")))
            .andExpect(content().string(Matchers.containsString("value=\"Titre gard")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"title-error\""))));
    }
}
