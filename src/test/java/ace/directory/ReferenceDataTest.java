package ace.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;

@IntegrationTest
class ReferenceDataTest {

    @Autowired Directory directory;
    @Autowired MockMvc mvc;

    @Test
    void carriesEveryUnMemberAndBothObserverStates() {
        List<StateView> states = directory.states();
        assertThat(states).hasSize(195);
        assertThat(states.stream().filter(s -> s.unMembership() == UnMembership.MEMBER)).hasSize(193);
        assertThat(states.stream().filter(s -> s.unMembership() == UnMembership.OBSERVER).map(StateView::code))
            .containsExactlyInAnyOrder("VAT", "PSE");
        assertThat(states.stream().map(StateView::code).collect(Collectors.toSet())).hasSize(195)
            .allMatch(code -> code.matches("[A-Z]{3}"));
    }

    @Test
    void everyStateHasANameInEachOfTheSixLanguages() {
        for (StateView state : directory.states()) {
            assertThat(state.name().keySet()).as(state.code()).containsExactlyInAnyOrder("ar", "zh", "en", "fr", "ru", "es");
            assertThat(state.name().values()).as(state.code()).allMatch(n -> n != null && !n.isBlank());
        }
        StateView china = directory.state("CHN").orElseThrow();
        assertThat(china.name().get("zh")).isEqualTo("中国");
        assertThat(directory.state("KEN").orElseThrow().name().get("fr")).isEqualTo("Kenya");
    }

    @Test
    void regionalGroupsStatusAndPoliticalGroupsAreThoseOf2026() {
        assertThat(directory.states().stream().collect(Collectors.groupingBy(StateView::unRegion, Collectors.counting())))
            .containsEntry(UnRegion.AFRICA, 54L)
            .containsEntry(UnRegion.LATIN_AMERICA_CARIBBEAN, 33L)
            .containsEntry(UnRegion.EASTERN_EUROPE, 23L);
        StateView kenya = directory.state("KEN").orElseThrow();
        assertThat(kenya.unRegion()).isEqualTo(UnRegion.AFRICA);
        assertThat(kenya.bwcStatus()).isEqualTo(BwcStatus.STATE_PARTY);
        assertThat(kenya.bwcGroup()).isEqualTo(BwcGroup.NAM_AND_OTHERS);
        assertThat(directory.state("FRA").orElseThrow().bwcGroup()).isEqualTo(BwcGroup.WESTERN);
        assertThat(directory.state("RUS").orElseThrow().unRegion()).isEqualTo(UnRegion.EASTERN_EUROPE);
        Set<String> signatories = directory.states().stream().filter(s -> s.bwcStatus() == BwcStatus.SIGNATORY)
            .map(StateView::code).collect(Collectors.toSet());
        assertThat(signatories).containsExactlyInAnyOrder("EGY", "HTI", "SOM", "SYR");
        assertThat(directory.state("ISR").orElseThrow().bwcStatus()).isEqualTo(BwcStatus.NONE);
        assertThat(directory.state("PSE").orElseThrow().bwcStatus()).isEqualTo(BwcStatus.STATE_PARTY);
    }

    @Test
    void publishesTheStatesAsPublicJson() throws Exception {
        mvc.perform(get("/api/v1/states"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(193)))
            .andExpect(jsonPath("$.items[?(@.code == 'KEN')].name.en").value("Kenya"))
            .andExpect(jsonPath("$.items[?(@.code == 'KEN')].unRegion").value("AFRICA"))
            .andExpect(jsonPath("$.items[?(@.code == 'KEN')].bwcStatus").value("STATE_PARTY"))
            .andExpect(jsonPath("$.items[?(@.code == 'KEN')].bwcGroup").value("NAM_AND_OTHERS"));
        mvc.perform(get("/api/v1/states/ken")).andExpect(status().isOk()).andExpect(jsonPath("$.code").value("KEN"));
        mvc.perform(get("/api/v1/states/XXX"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.status").value(404));
    }
}
