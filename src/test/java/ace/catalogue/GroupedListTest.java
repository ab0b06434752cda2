package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;

/** R4: the offers of a search, classified and grouped by subject area or form, largest group first. */
@IntegrationTest
class GroupedListTest {

    @Autowired MockMvc mvc;
    @Autowired Importer importer;

    @Test
    void aSearchGroupedBySubjectAreaShowsEachGroupWithItsCountAndALinkToAll() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        importer.importDocument("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"G-1-%1$s","kind":"OFFER","party":{"type":"STATE","code":"NLD"},
                  "title":{"en":"Sequencing lab support %1$s"},"fields":["LABORATORY_CAPACITY"],"types":["EQUIPMENT_MATERIALS"],"visibility":"PUBLIC"},
                 {"ref":"G-2-%1$s","kind":"OFFER","party":{"type":"STATE","code":"NLD"},
                  "title":{"en":"PCR lab mentoring %1$s"},"fields":["LABORATORY_CAPACITY"],"types":["TRAINING"],"visibility":"PUBLIC"},
                 {"ref":"G-3-%1$s","kind":"OFFER","party":{"type":"STATE","code":"NLD"},
                  "title":{"en":"Model biosecurity law %1$s"},"fields":["LEGISLATION"],"types":["EXPERT_ADVICE"],"visibility":"PUBLIC"},
                 {"ref":"G-4-%1$s","kind":"REQUEST","party":{"type":"STATE","code":"NPL"},
                  "title":{"en":"Lab request %1$s"},"fields":["LABORATORY_CAPACITY"],"types":["TRAINING"],"visibility":"PUBLIC"}]}"""
            .formatted(run).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);

        String page = mvc.perform(get("/offers").param("q", run).param("group", "field").param("lang", "en"))
            .andReturn().getResponse().getContentAsString();
        int laboratory = page.indexOf("id=\"group-LABORATORY_CAPACITY\"");
        int legislation = page.indexOf("id=\"group-LEGISLATION\"");
        assertThat(laboratory).isPositive();
        assertThat(legislation).isGreaterThan(laboratory);
        assertThat(page).contains("See all 2").contains("See all 1")
            .contains("field=LABORATORY_CAPACITY").contains("G-1-" + run).contains("G-3-" + run)
            .doesNotContain("G-4-" + run).contains("aria-current=\"page\"");

        String byForm = mvc.perform(get("/offers").param("q", run).param("group", "type").param("lang", "fr"))
            .andReturn().getResponse().getContentAsString();
        assertThat(byForm).contains("id=\"group-TRAINING\"").contains("id=\"group-EXPERT_ADVICE\"")
            .contains("regroupés par forme d’assistance");

        // Filtered on one subject area, grouping by subject area keeps only that group.
        String filtered = mvc.perform(get("/offers").param("q", run).param("group", "field")
                .param("field", "LEGISLATION")).andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("id=\"group-LEGISLATION\"").doesNotContain("id=\"group-LABORATORY_CAPACITY\"");

        // An unknown grouping is the plain list.
        String plain = mvc.perform(get("/offers").param("q", run).param("group", "nonsense"))
            .andReturn().getResponse().getContentAsString();
        assertThat(plain).contains("class=\"result-list\"").doesNotContain("class=\"group\"");
    }
}
