package ace.catalogue;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;

@IntegrationTest
class ItemApiTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;

    private String tokenFor(Role role, String state) {
        String email = "api-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, role, state, null), "a long and unusual passphrase");
        return "Bearer " + identity.issueToken(email, "test");
    }

    @Test
    void listsAndReadsItemsInTheInterchangeRepresentationWithVisibility() throws Exception {
        String run = Documents.run();
        importer.importDocument(Documents.document(
                Documents.request("A-PUB-" + run, "KEN", "en", "Api listing " + run, "x", "PUBLIC"),
                Documents.request("A-SP-" + run, "KEN", "en", "Api listing " + run, "x", "STATES_PARTIES"))
            .getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        mvc.perform(get("/api/v1/requests").param("q", "listing " + run))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total").value(1))
            .andExpect(jsonPath("$.items[0].ref").value("A-PUB-" + run))
            .andExpect(jsonPath("$.items[0].party.code").value("KEN"))
            .andExpect(jsonPath("$.facets.field.BIOSAFETY_BIOSECURITY").value(1));
        mvc.perform(get("/api/v1/requests").param("q", "listing " + run)
                .header("Authorization", tokenFor(Role.STATE_VIEWER, "GHA")))
            .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/requests/A-SP-" + run)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/requests/A-PUB-" + run))
            .andExpect(status().isOk()).andExpect(header().exists("ETag"))
            .andExpect(jsonPath("$.title.en").value("Api listing " + run));
        mvc.perform(get("/api/v1/offers/A-PUB-" + run)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/requests").param("size", "1000")).andExpect(status().isBadRequest());
    }

    @Test
    void aContactPointCreatesUpdatesAndWithdrawsHerStatesRequest() throws Exception {
        String token = tokenFor(Role.NATIONAL_CONTACT_POINT, "KEN");
        String body = """
                {"kind":"REQUEST","party":{"type":"STATE","code":"KEN"},"title":{"sw":"Mafunzo ya usalama wa kibiolojia"},
                 "fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"],"visibility":"PUBLIC"}""";
        String location = mvc.perform(post("/api/v1/requests").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.ref").value(Matchers.startsWith("REQ-KEN-")))
            .andExpect(jsonPath("$.status").value("OPEN"))
            .andReturn().getResponse().getHeader("Location");
        String ref = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(put("/api/v1/requests/" + ref).header("Authorization", token).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("Mafunzo", "Kozi")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.title.sw").value("Kozi ya usalama wa kibiolojia"));
        mvc.perform(put("/api/v1/requests/" + ref).header("Authorization", token).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isPreconditionFailed());
        mvc.perform(post("/api/v1/requests/" + ref + "/withdraw").header("Authorization", token))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void refusesWhatThePersonMayNotDoAndSaysWhyForBadBodies() throws Exception {
        String token = tokenFor(Role.NATIONAL_CONTACT_POINT, "KEN");
        String forUganda = """
                {"kind":"REQUEST","party":{"type":"STATE","code":"UGA"},"title":{"en":"Not mine"},
                 "fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"]}""";
        mvc.perform(post("/api/v1/requests").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content(forUganda))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(forUganda))
            .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/requests").header("Authorization", token).header("Accept-Language", "fr")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"REQUEST\",\"party\":{\"type\":\"STATE\",\"code\":\"KEN\"},\"title\":{},\"fields\":[\"X\"],\"types\":[],\"extra\":1}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[?(@.member == 'extra')]").exists())
            .andExpect(jsonPath("$.errors[?(@.member == 'fields')].message").value(Matchers.hasItem(Matchers.containsString("X"))));
        mvc.perform(post("/api/v1/requests").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content("{not json"))
            .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/offers").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content(forUganda.replace("UGA", "KEN")))
            .andExpect(status().isBadRequest());
    }

    @Test
    void publishesTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/api/v1/{kind}']").exists());
    }
}
