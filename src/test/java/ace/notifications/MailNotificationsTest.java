package ace.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import ace.IntegrationTest;
import ace.Sessions;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;
import jakarta.mail.internet.MimeMessage;

/** Providers hear by e-mail, in the language they sign in with, of fitting requests and of their proposals. */
@IntegrationTest
class MailNotificationsTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;

    /** Signs in with Accept-Language, as a browser set to that language does. */
    private MockHttpSession signIn(String email, String state, String language) throws Exception {
        identity.create(new NewAccount(email, null, Role.NATIONAL_CONTACT_POINT, state, null), Sessions.PASSWORD);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).header("Accept-Language", language)
            .param("email", email).param("password", Sessions.PASSWORD));
        return session;
    }

    /** Mail leaves on another thread after the commit. */
    private static void awaitMail(String address, int count) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
            .until(() -> mail.getReceivedMessagesForDomain(address).length >= count);
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getSubject() + "\n" + message.getContent();
    }

    @Test
    void aFittingRequestAndThenTheProposalReachTheProviderInFrench() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        importer.importDocument("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"M-OFF-%1$s","kind":"OFFER","party":{"type":"STATE","code":"BEL"},
                  "title":{"en":"Plant health laboratory course %1$s","fr":"Cours de laboratoire phytosanitaire %1$s"},
                  "fields":["PLANT_HEALTH"],"types":["TRAINING"],"languages":["fr","en"],"visibility":"PUBLIC"}]}"""
            .formatted(run).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        String belgian = "bel-" + run.toLowerCase() + "@example.be";
        MockHttpSession belgium = signIn(belgian, "BEL", "fr");
        mvc.perform(post("/subscriptions").session(belgium).with(csrf()).param("fields", "PLANT_HEALTH")
            .param("threshold", "20"));

        String beninese = "ben-" + run.toLowerCase() + "@example.bj";
        MockHttpSession benin = signIn(beninese, "BEN", "fr");
        String location = mvc.perform(post("/requests/new").session(benin).with(csrf())
                .param("texts[0].language", "fr").param("texts[0].title", "Formation en santé des végétaux " + run)
                .param("fields", "PLANT_HEALTH").param("types", "TRAINING").param("languages", "fr")
                .param("visibility", "PUBLIC"))
            .andReturn().getResponse().getRedirectedUrl();
        String requestRef = location.substring("/requests/".length());

        awaitMail(belgian, 1);
        MimeMessage[] fit = mail.getReceivedMessagesForDomain(belgian);
        assertThat(fit).hasSize(1);
        assertThat(text(fit[0])).startsWith("Une nouvelle demande correspond à votre offre")
            .contains("Formation en santé des végétaux " + run).contains("Cours de laboratoire phytosanitaire " + run)
            .contains("/requests/" + requestRef);

        mvc.perform(post("/proposals").session(benin).with(csrf()).param("request", requestRef)
            .param("offer", "M-OFF-" + run));
        awaitMail(belgian, 2);
        MimeMessage[] all = mail.getReceivedMessagesForDomain(belgian);
        assertThat(all).hasSize(2);
        assertThat(text(all[1])).startsWith("Proposition ACE").contains("/proposals/");
        // The person who proposed is not told what she just did.
        assertThat(mail.getReceivedMessagesForDomain(beninese)).isEmpty();
    }
}
