package ace.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.audit.AuditFilter;
import ace.audit.AuditLog;
import ace.catalogue.Catalogue;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;
import ace.identity.Identity;
import ace.identity.Role;

@IntegrationTest
class ProposalFlowTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;
    @Autowired Catalogue catalogue;
    @Autowired ProposalStore store;
    @Autowired AuditLog audit;

    private MockHttpSession ncp(String state) throws Exception {
        return ace.Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, state);
    }

    private String load(String offerVisibility) {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String doc = """
                {"format":"ace-interchange/1","items":[
                 {"ref":"F-REQ-%1$s","kind":"REQUEST","party":{"type":"STATE","code":"KEN"},
                  "title":{"en":"Biosafety training for laboratory staff"},"fields":["BIOSAFETY_BIOSECURITY"],
                  "types":["TRAINING"],"languages":["en"],"visibility":"PUBLIC"},
                 {"ref":"F-OFF-%1$s","kind":"OFFER","party":{"type":"STATE","code":"FRA"},
                  "title":{"fr":"Formation en biosécurité pour le personnel de laboratoire"},
                  "fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"],"languages":["en","fr"],"visibility":"%2$s"}]}"""
            .formatted(run, offerVisibility);
        importer.importDocument(doc.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        return run;
    }

    private long propose(MockHttpSession session, String run) throws Exception {
        String location = mvc.perform(post("/proposals").session(session).with(csrf())
                .param("request", "F-REQ-" + run).param("offer", "F-OFF-" + run))
            .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/proposals/");
        return Long.parseLong(location.substring("/proposals/".length()));
    }

    @Test
    void proposeAcceptPlanAndReportTheOutcomeWithParticipantsByGender() throws Exception {
        String run = load("PUBLIC");
        MockHttpSession kenya = ncp("KEN");
        MockHttpSession france = ncp("FRA");
        mvc.perform(get("/requests/F-REQ-" + run).session(kenya))
            .andExpect(content().string(Matchers.containsString("F-OFF-" + run)))
            .andExpect(content().string(Matchers.containsString("name=\"offer\" value=\"F-OFF-" + run + "\"")));
        long id = propose(kenya, run);
        assertThat(store.find(id).orElseThrow().proposal().status()).isEqualTo(Proposal.Status.PROPOSED);

        mvc.perform(post("/proposals/" + id + "/accept").session(kenya).with(csrf()));
        assertThat(store.find(id).orElseThrow().proposal().status()).isEqualTo(Proposal.Status.PROPOSED);
        mvc.perform(post("/proposals/" + id + "/accept").session(france).with(csrf()));
        assertThat(store.find(id).orElseThrow().proposal().status()).isEqualTo(Proposal.Status.CONFIRMED);

        mvc.perform(post("/proposals/" + id + "/plan").session(france).with(csrf())
            .param("start", "2027-02-01").param("end", "2027-02-12"));
        mvc.perform(post("/proposals/" + id + "/report").session(kenya).with(csrf()).param("delivery", "DELIVERED")
            .param("delivered", "Two-week course in Nairobi").param("women", "7").param("men", "5").param("other", "1")
            .param("requesterFeedback", "Excellent"));
        var reported = store.find(id).orElseThrow().proposal();
        assertThat(reported.status()).isEqualTo(Proposal.Status.REPORTED);
        assertThat(reported.outcome().participants()).isEqualTo(new Proposal.Participants(7, 5, 1));
        mvc.perform(get("/proposals/" + id).session(kenya).param("lang", "en"))
            .andExpect(content().string(Matchers.containsString("Outcome reported: Delivered")))
            .andExpect(content().string(Matchers.containsString("Delivery planned from Feb 1, 2027 to Feb 12, 2027")));
        // Dates are written the reader's way.
        mvc.perform(get("/proposals/" + id).session(kenya).param("lang", "fr"))
            .andExpect(content().string(Matchers.containsString("Prestation prévue du 1 févr. 2027 au 12 févr. 2027")));
        mvc.perform(get("/proposals/" + id).session(kenya).param("lang", "zh"))
            .andExpect(content().string(Matchers.containsString("计划于2027年2月1日至2027年2月12日实施")));
        assertThat(audit.count(new AuditFilter(null, "ProposalChanged", "Proposal:" + id, null, null))).isEqualTo(4);

        // The provider gives its own feedback afterwards; the page shows both sides' words.
        mvc.perform(post("/proposals/" + id + "/feedback").session(france).with(csrf())
            .param("feedback", "Motivated participants").param("lessons", "Send the agenda earlier"));
        mvc.perform(get("/proposals/" + id).session(kenya).param("lang", "en"))
            .andExpect(content().string(Matchers.containsString("Excellent")))
            .andExpect(content().string(Matchers.containsString("Motivated participants")))
            .andExpect(content().string(Matchers.containsString("Send the agenda earlier")))
            .andExpect(content().string(Matchers.containsString("Feedback given by the provider")));
    }

    @Test
    void aDeclineNeedsAReasonAndOutsidersSeeNothing() throws Exception {
        String run = load("PUBLIC");
        long id = propose(ncp("KEN"), run);
        MockHttpSession france = ncp("FRA");
        mvc.perform(post("/proposals/" + id + "/decline").session(france).with(csrf()).param("reason", ""));
        assertThat(store.find(id).orElseThrow().proposal().status()).isEqualTo(Proposal.Status.PROPOSED);
        mvc.perform(post("/proposals/" + id + "/decline").session(france).with(csrf()).param("reason", "No trainers free"));
        assertThat(store.find(id).orElseThrow().proposal().status()).isEqualTo(Proposal.Status.DECLINED);
        mvc.perform(get("/proposals/" + id).session(france).param("lang", "fr"))
            .andExpect(content().string(Matchers.containsString("Proposé par la partie requérante")))
            .andExpect(content().string(Matchers.containsString("Refusé par le fournisseur : No trainers free")));

        MockHttpSession ghana = ncp("GHA");
        mvc.perform(get("/proposals/" + id).session(ghana)).andExpect(status().isNotFound());
        mvc.perform(post("/proposals/" + id + "/accept").session(ghana).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/proposals/" + id)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theProviderProposingARestrictedOfferLetsTheRequesterSeeIt() throws Exception {
        String run = load("RESTRICTED");
        MockHttpSession kenya = ncp("KEN");
        mvc.perform(get("/offers/F-OFF-" + run).session(kenya)).andExpect(status().isNotFound());
        propose(ncp("FRA"), run);
        mvc.perform(get("/offers/F-OFF-" + run).session(kenya)).andExpect(status().isOk());
        mvc.perform(get("/offers/F-OFF-" + run).session(ncp("GHA"))).andExpect(status().isNotFound());
    }

    @Test
    void aMatchArrangedOutsideAceIsRecordedConfirmed() throws Exception {
        String run = load("PUBLIC");
        String location = mvc.perform(post("/proposals/record").session(ncp("KEN")).with(csrf())
                .param("request", "F-REQ-" + run).param("offer", "F-OFF-" + run))
            .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/proposals/".length()));
        var recorded = store.find(id).orElseThrow().proposal();
        assertThat(recorded.status()).isEqualTo(Proposal.Status.CONFIRMED);
        assertThat(recorded.recordedAfterTheFact()).isTrue();
        String again = mvc.perform(post("/proposals").session(ncp("KEN")).with(csrf())
                .param("request", "F-REQ-" + run).param("offer", "F-OFF-" + run))
            .andReturn().getResponse().getRedirectedUrl();
        assertThat(again).isEqualTo("/proposals");
    }

    @Test
    void theProviderRecordsAMatchArrangedOutsideAceFromItsOfferPage() throws Exception {
        String run = load("PUBLIC");
        MockHttpSession france = ncp("FRA");
        mvc.perform(get("/offers/F-OFF-" + run).session(france))
            .andExpect(content().string(Matchers.containsString("id=\"record-request\"")));
        mvc.perform(get("/offers/F-OFF-" + run).session(ncp("KEN")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"record-request\""))));
        String location = mvc.perform(post("/proposals/record").session(france).with(csrf())
                .param("request", "F-REQ-" + run).param("offer", "F-OFF-" + run))
            .andReturn().getResponse().getRedirectedUrl();
        var recorded = store.find(Long.parseLong(location.substring("/proposals/".length()))).orElseThrow().proposal();
        assertThat(recorded.proposedBy()).isEqualTo(Proposal.Side.PROVIDER);
        assertThat(recorded.status()).isEqualTo(Proposal.Status.CONFIRMED);
    }
}
