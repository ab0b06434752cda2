package ace.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;

import ace.IntegrationTest;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;

@IntegrationTest
class CatalogueFeedTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;

    private String run;

    @BeforeEach
    void items() {
        run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        importer.importDocument("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"F-PUB-%1$s","kind":"OFFER","party":{"type":"STATE","code":"NOR"},
                  "title":{"en":"Feed biosafety course %1$s","fr":"Cours de biosécurité %1$s"},
                  "description":{"en":"Two weeks in Oslo"},
                  "fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"],"visibility":"PUBLIC"},
                 {"ref":"F-SP/%1$s","kind":"OFFER","party":{"type":"STATE","code":"NOR"},
                  "title":{"en":"Feed sequencing kit %1$s"},
                  "fields":["LABORATORY_CAPACITY"],"types":["EQUIPMENT_MATERIALS"],"visibility":"STATES_PARTIES"}]}"""
            .formatted(run).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    private Document feed(MockHttpServletRequestBuilder request) throws Exception {
        byte[] body = mvc.perform(request).andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
            .andReturn().getResponse().getContentAsByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static String count(Document feed, String refSuffix) throws Exception {
        return XPathFactory.newInstance().newXPath()
            .evaluate("count(/feed/entry[contains(id, '" + refSuffix + "')])", feed);
    }

    @Test
    void anonymousReadersGetPublicItemsOnlyInTheirLanguage() throws Exception {
        Document feed = feed(get("/api/v1/feeds/offers").param("q", run).param("lang", "fr"));
        assertThat(count(feed, "F-PUB-" + run)).isEqualTo("1");
        assertThat(count(feed, run)).isEqualTo("1");
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/feed/entry/title", feed)).isEqualTo("Cours de biosécurité " + run);
        assertThat(xpath.evaluate("/feed/title", feed)).isEqualTo("ACE — offres d’assistance");
        assertThat(xpath.evaluate("/feed/entry/category/@term", feed)).isEqualTo("BIOSAFETY_BIOSECURITY");
        assertThat(xpath.evaluate("/feed/entry/link/@href", feed)).endsWith("/offers/F-PUB-" + run);
    }

    @Test
    void aTokenShowsWhatItsAccountMaySee() throws Exception {
        String email = "feed-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, Role.STATE_VIEWER, "KEN", null), "a long and unusual passphrase");
        String token = identity.issueToken(email, "feed reader");
        Document feed = feed(get("/api/v1/feeds/offers").param("q", run).header("Authorization", "Bearer " + token));
        assertThat(count(feed, run)).isEqualTo("2");
        assertThat(XPathFactory.newInstance().newXPath()
            .evaluate("/feed/entry[contains(title, 'sequencing')]/link/@href", feed)).endsWith("/offers/F-SP%2F" + run);
    }

    @Test
    void facetFiltersNarrowTheFeed() throws Exception {
        String email = "feed-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, Role.STATE_VIEWER, "KEN", null), "a long and unusual passphrase");
        String token = identity.issueToken(email, "feed reader");
        Document feed = feed(get("/api/v1/feeds/offers").param("q", run).param("field", "laboratory_capacity")
            .header("Authorization", "Bearer " + token));
        assertThat(count(feed, run)).isEqualTo("1");
        assertThat(count(feed, "F-PUB-" + run)).isEqualTo("0");
    }

    @Test
    void theListPageLinksToItsFeed() throws Exception {
        String page = mvc.perform(get("/offers").param("q", run).param("lang", "es")).andReturn().getResponse()
            .getContentAsString();
        assertThat(page).contains("/api/v1/feeds/offers?q=" + run).contains("lang=es")
            .contains("application/atom+xml");
    }
}
