package ace.matching;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ProposalApiTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;
    @Autowired JsonMapper json;

    private String token(String state) {
        String email = "papi-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, Role.NATIONAL_CONTACT_POINT, state, null),
                "a long and unusual passphrase");
        return "Bearer " + identity.issueToken(email, "t");
    }

    @Test
    void theLoopThroughTheApi() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        importer.importDocument("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"A-REQ-%1$s","kind":"REQUEST","party":{"type":"STATE","code":"PER"},
                  "title":{"es":"Capacitación en bioseguridad"},"fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"]},
                 {"ref":"A-OFF-%1$s","kind":"OFFER","party":{"type":"STATE","code":"ESP"},
                  "title":{"es":"Cursos de bioseguridad"},"fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"]}]}"""
            .formatted(run).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        String peru = token("PER");
        String spain = token("ESP");
        String body = mvc.perform(post("/api/v1/proposals").header("Authorization", peru)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"request\":\"A-REQ-%1$s\",\"offer\":\"A-OFF-%1$s\"}".formatted(run)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("PROPOSED"))
            .andExpect(jsonPath("$.proposedBy").value("REQUESTER"))
            .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        mvc.perform(post("/api/v1/proposals/" + id + "/accept").header("Authorization", peru))
            .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("proposal.answer.already"));
        mvc.perform(post("/api/v1/proposals/" + id + "/accept").header("Authorization", spain))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        mvc.perform(post("/api/v1/proposals/" + id + "/report").header("Authorization", spain)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"delivery\":\"PARTLY\",\"delivered\":\"One course of two\",\"women\":4,\"men\":3,\"other\":0}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("REPORTED"))
            .andExpect(jsonPath("$.outcome.women").value(4));
        mvc.perform(get("/api/v1/proposals/" + id).header("Authorization", token("CHL")))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/proposals").header("Authorization", peru)).andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.id == " + id + ")].status").value(org.hamcrest.Matchers.hasItem("REPORTED")));
    }
}
