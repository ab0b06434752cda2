package ace.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;
import ace.catalogue.Party;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;

@IntegrationTest
class SubscriptionTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;
    @Autowired Subscriptions subscriptions;

    private MockHttpSession ncp(String state) throws Exception {
        return ace.Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, state);
    }

    @Test
    void aProviderSubscribedToTheFieldAndRegionIsNotifiedOfAFittingNewRequest() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        importer.importDocument("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"S-OFF-%1$s","kind":"OFFER","party":{"type":"STATE","code":"NOR"},
                  "title":{"en":"Microbial forensics course %1$s"},"fields":["MICROBIAL_FORENSICS"],
                  "types":["TRAINING"],"languages":["en"],"visibility":"PUBLIC"}]}"""
            .formatted(run).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        MockHttpSession norway = ncp("NOR");
        mvc.perform(post("/subscriptions").session(norway).with(csrf()).param("fields", "MICROBIAL_FORENSICS")
            .param("regions", "AFRICA").param("threshold", "40"));
        assertThat(subscriptions.of(Party.state("NOR"))).anyMatch(s -> s.fields().equals(Set.of("MICROBIAL_FORENSICS")));

        MockHttpSession ghana = ncp("GHA");
        mvc.perform(post("/requests/new").session(ghana).with(csrf()).param("texts[0].language", "en")
            .param("texts[0].title", "Microbial forensics training " + run).param("fields", "MICROBIAL_FORENSICS")
            .param("types", "TRAINING").param("languages", "en").param("visibility", "PUBLIC"));
        assertThat(subscriptions.inbox(Party.state("NOR"))).anyMatch(n -> n.offerRef().equals("S-OFF-" + run)
                && n.requestRef().startsWith("REQ-GHA-"));
        mvc.perform(get("/notifications").session(norway)).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("S-OFF-" + run)));

        MockHttpSession peru = ncp("PER");
        mvc.perform(post("/requests/new").session(peru).with(csrf()).param("texts[0].language", "en")
            .param("texts[0].title", "Microbial forensics training " + run + " Peru").param("fields", "MICROBIAL_FORENSICS")
            .param("types", "TRAINING").param("languages", "en").param("visibility", "PUBLIC"));
        assertThat(subscriptions.inbox(Party.state("NOR"))).noneMatch(n -> n.requestRef().startsWith("REQ-PER-"));
    }

    @Test
    void aFitBelowTheSubscribersThresholdIsNotNotified() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        importer.importDocument("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"T-SWE-%1$s","kind":"OFFER","party":{"type":"STATE","code":"SWE"},
                  "title":{"en":"Veterinary vaccine cold chain course %1$s"},"fields":["ANIMAL_HEALTH"],
                  "types":["TRAINING"],"languages":["en"],"visibility":"PUBLIC"},
                 {"ref":"T-FIN-%1$s","kind":"OFFER","party":{"type":"STATE","code":"FIN"},
                  "title":{"en":"Veterinary vaccine cold chain course %1$s"},"fields":["ANIMAL_HEALTH"],
                  "types":["TRAINING"],"languages":["en"],"visibility":"PUBLIC"}]}"""
            .formatted(run).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        mvc.perform(post("/subscriptions").session(ncp("SWE")).with(csrf()).param("fields", "ANIMAL_HEALTH")
            .param("threshold", "95"));
        mvc.perform(post("/subscriptions").session(ncp("FIN")).with(csrf()).param("fields", "ANIMAL_HEALTH")
            .param("threshold", "10"));

        // Same subject, but equipment rather than training, and in French only: a weak fit.
        mvc.perform(post("/requests/new").session(ncp("MLI")).with(csrf()).param("texts[0].language", "fr")
            .param("texts[0].title", "Réfrigérateurs pour vaccins vétérinaires " + run).param("fields", "ANIMAL_HEALTH")
            .param("types", "EQUIPMENT_MATERIALS").param("languages", "fr").param("visibility", "PUBLIC"));
        assertThat(subscriptions.inbox(Party.state("FIN"))).anyMatch(n -> n.offerRef().equals("T-FIN-" + run));
        assertThat(subscriptions.inbox(Party.state("SWE"))).noneMatch(n -> n.offerRef().equals("T-SWE-" + run));
    }

    @Test
    void peopleWithoutAPartyHaveNoInbox() throws Exception {
        MockHttpSession session = ace.Sessions.signedIn(mvc, identity, Role.AUDITOR, null);
        mvc.perform(get("/notifications").session(session)).andExpect(status().isForbidden());
    }
}
