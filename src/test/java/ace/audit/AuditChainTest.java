package ace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ace.IntegrationTest;
import ace.directory.Directory;
import ace.directory.StateView;

@IntegrationTest
class AuditChainTest {

    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired AuditLog log;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder correction(StateView state, String englishName, long version) {
        var request = post("/admin/states/" + state.code()).with(user("isu.admin@example.org").roles("ISU_ADMIN"))
            .with(csrf())
            .param("version", Long.toString(version))
            .param("unRegion", state.unRegion().name())
            .param("bwcStatus", state.bwcStatus().name())
            .param("bwcGroup", state.bwcGroup().name());
        state.name().forEach((lang, name) -> request.param("name_" + lang, lang.equals("en") ? englishName : name));
        return request;
    }

    @Test
    void recordsWhoCorrectedAStateWithTheValuesBeforeAndAfter() throws Exception {
        StateView ghana = directory.state("GHA").orElseThrow();
        long version = directory.stateVersion("GHA");
        mvc.perform(correction(ghana, "Republic of Ghana", version)).andExpect(redirectedUrl("/states"));
        try {
            AuditEntry entry = log.search(new AuditFilter(null, "StateCorrected", "State:GHA", null, null), 0, 1).get(0);
            assertThat(entry.actor()).isEqualTo("isu.admin@example.org");
            assertThat(entry.before()).contains("\"en\":\"Ghana\"");
            assertThat(entry.after()).contains("\"en\":\"Republic of Ghana\"");
            assertThat(log.verify()).isEmpty();
        }
        finally {
            mvc.perform(correction(ghana, "Ghana", version + 1)).andExpect(redirectedUrl("/states"));
        }
        assertThat(directory.state("GHA").orElseThrow().name().get("en")).isEqualTo("Ghana");
    }

    @Test
    void refusesASecondSaveBasedOnAnOldVersion() throws Exception {
        StateView togo = directory.state("TGO").orElseThrow();
        long version = directory.stateVersion("TGO");
        mvc.perform(correction(togo, "Togolese Republic", version)).andExpect(redirectedUrl("/states"));
        mvc.perform(correction(togo, "Something Else", version)).andExpect(redirectedUrl("/admin/states/TGO"));
        assertThat(directory.state("TGO").orElseThrow().name().get("en")).isEqualTo("Togolese Republic");
        mvc.perform(correction(togo, "Togo", version + 1)).andExpect(redirectedUrl("/states"));
    }

    @Test
    void detectsAnAlteredEntryAndNamesIt() throws Exception {
        StateView benin = directory.state("BEN").orElseThrow();
        long version = directory.stateVersion("BEN");
        mvc.perform(correction(benin, "Republic of Benin", version)).andExpect(redirectedUrl("/states"));
        mvc.perform(correction(benin, "Benin", version + 1)).andExpect(redirectedUrl("/states"));
        long seq = log.search(new AuditFilter(null, null, "State:BEN", null, null), 0, 2).get(1).seq();
        String actor = jdbc.sql("select actor from audit_entry where seq = ?").param(seq).query(String.class).single();
        jdbc.sql("update audit_entry set actor = 'mallory@example.org' where seq = ?").param(seq).update();
        try {
            var broken = log.verify();
            assertThat(broken).isPresent();
            assertThat(broken.get().seq()).isEqualTo(seq);
            assertThat(broken.get().reason()).contains("altered");
        }
        finally {
            jdbc.sql("update audit_entry set actor = ? where seq = ?").params(actor, seq).update();
        }
        assertThat(log.verify()).isEmpty();
    }

    @Test
    void detectsARemovedEntry() throws Exception {
        StateView mali = directory.state("MLI").orElseThrow();
        long version = directory.stateVersion("MLI");
        mvc.perform(correction(mali, "Republic of Mali", version)).andExpect(redirectedUrl("/states"));
        mvc.perform(correction(mali, "Mali", version + 1)).andExpect(redirectedUrl("/states"));
        long seq = log.search(new AuditFilter(null, null, "State:MLI", null, null), 0, 2).get(1).seq();
        List<Map<String, Object>> row = jdbc.sql("select * from audit_entry where seq = ?").param(seq).query().listOfRows();
        jdbc.sql("delete from audit_entry where seq = ?").param(seq).update();
        try {
            assertThat(log.verify()).hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(seq));
        }
        finally {
            Map<String, Object> r = row.get(0);
            jdbc.sql("""
                    insert into audit_entry (seq, recorded_at, actor, action, subject, before_state, after_state,
                                             previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.get("seq"), r.get("recorded_at"), r.get("actor"), r.get("action"), r.get("subject"),
                        r.get("before_state"), r.get("after_state"), r.get("previous_hash"), r.get("hash"))
                .update();
        }
        assertThat(log.verify()).isEmpty();
    }
}
