package ace.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import ace.IntegrationTest;
import ace.MutableClock;
import jakarta.mail.internet.MimeMessage;

@IntegrationTest
@Import(Accounts4Test.class)
class InvitationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired MockMvc mvc;
    @Autowired Accounts4Test accounts;
    @Autowired MutableClock clock;

    private String invite(String email, String language) throws Exception {
        mvc.perform(post("/admin/accounts/invite").with(user("isu@example.org").roles("ISU_ADMIN")).with(csrf())
                .param("email", email).param("displayName", "Amina").param("role", "NATIONAL_CONTACT_POINT")
                .param("state", "SEN").param("organisation", "").param("language", language))
            .andExpect(redirectedUrl("/admin/accounts"));
        MimeMessage message = mail.getReceivedMessagesForDomain(email)[0];
        Matcher link = Pattern.compile("http://localhost(/invitation/[A-Za-z0-9_\\-]+)\\?lang=(\\w+)")
            .matcher((String) message.getContent());
        assertThat(link.find()).isTrue();
        assertThat(link.group(2)).isEqualTo(language);
        return link.group(1);
    }

    @Test
    void anInvitedPersonGetsMailInHerLanguageSetsAPasswordAndSignsIn() throws Exception {
        String email = "amina-" + UUID.randomUUID() + "@example.sn";
        String path = invite(email, "fr");
        assertThat(mail.getReceivedMessagesForDomain(email)[0].getSubject()).contains("ACE").doesNotContain("Your invitation");

        mvc.perform(get(path).param("lang", "fr")).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString(email)));
        mvc.perform(post(path).with(csrf()).param("password", "password1234").param("confirmation", "password1234"))
            .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("error-summary")));
        mvc.perform(post(path).with(csrf()).param("password", "la téranga de dakar").param("confirmation", "different"))
            .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("error-summary")));
        mvc.perform(post(path).with(csrf()).param("password", "la téranga de dakar")
                .param("confirmation", "la téranga de dakar"))
            .andExpect(redirectedUrl("/login?welcome"));
        mvc.perform(get(path)).andExpect(status().isNotFound());

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("email", email)
                .param("password", "la téranga de dakar"))
            .andExpect(redirectedUrl("/"));
    }

    @Test
    void anInvitationExpiresAfterSevenDays() throws Exception {
        String email = "late-" + UUID.randomUUID() + "@example.sn";
        String path = invite(email, "en");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    @Test
    void theAdministratorCanDeactivateReactivateAndResetTheSecondFactor() throws Exception {
        CurrentUser officer = accounts.open(Role.ISU_OFFICER);
        accounts.enrol(officer);
        var admin = user("isu@example.org").roles("ISU_ADMIN");
        mvc.perform(get("/admin/accounts").with(admin)).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString(officer.email())));
        mvc.perform(post("/admin/accounts/" + officer.id() + "/reset-second-factor").with(admin).with(csrf()))
            .andExpect(redirectedUrl("/admin/accounts"));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("email", officer.email())
                .param("password", Accounts4Test.PASSWORD))
            .andExpect(redirectedUrl("/login/enrol"));

        mvc.perform(post("/admin/accounts/" + officer.id() + "/deactivate").with(admin).with(csrf()))
            .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(post("/login").with(csrf()).param("email", officer.email())
                .param("password", Accounts4Test.PASSWORD))
            .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/admin/accounts/" + officer.id() + "/reactivate").with(admin).with(csrf()))
            .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(post("/login").with(csrf()).param("email", officer.email())
                .param("password", Accounts4Test.PASSWORD))
            .andExpect(redirectedUrl("/login/enrol"));
    }
}
