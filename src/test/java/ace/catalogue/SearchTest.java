package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import ace.IntegrationTest;

/** Real multilingual search: each language's own analysis (stemming, Chinese segmentation). */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    @Autowired Importer importer;
    @Autowired ItemFinder finder;

    private final String run = Documents.run();

    @BeforeAll
    void load() {
        importer.importDocument(Documents.document(
                Documents.request("S-ZH-" + run, "CHN", "zh", "加强实验室生物安全管理培训", "为国家参考实验室工作人员提供生物安全培训", "PUBLIC"),
                Documents.request("S-AR-" + run, "EGY", "ar", "تدريب على السلامة البيولوجية في المختبرات", "تعزيز قدرات المختبرات الوطنية", "PUBLIC"),
                Documents.request("S-RU-" + run, "KAZ", "ru", "Обучение персонала лабораторий биобезопасности", "Подготовка специалистов", "PUBLIC"),
                Documents.request("S-ES-" + run, "PER", "es", "Capacitación en bioseguridad para laboratorios", "Laboratorios regionales de referencia", "PUBLIC"),
                Documents.request("S-FR-" + run, "SEN", "fr", "Formation des techniciens de laboratoire", "Renforcement des laboratoires vétérinaires", "PUBLIC"),
                Documents.request("S-EN-" + run, "GHA", "en", "Training laboratory technicians in sequencing", "Genomic surveillance of pathogens", "PUBLIC"))
            .getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    private List<String> refs(String query) {
        return finder.find(new ItemFinder.Query(ItemKind.REQUEST, query, Map.of(), 0, 100), Viewer.EVERYTHING)
            .hits().stream().map(ItemFinder.Hit::ref).filter(r -> r.endsWith(run)).toList();
    }

    @Test
    void chineseIsSegmented() {
        assertThat(refs("生物安全")).containsExactly("S-ZH-" + run);
        assertThat(refs("实验室 培训")).containsExactly("S-ZH-" + run);
    }

    @Test
    void arabicRussianSpanishFrenchAndEnglishAreStemmed() {
        assertThat(refs("المختبرات")).contains("S-AR-" + run);
        assertThat(refs("лаборатория")).contains("S-RU-" + run);
        assertThat(refs("laboratorio")).contains("S-ES-" + run);
        assertThat(refs("technicien")).contains("S-FR-" + run);
        assertThat(refs("technician")).contains("S-EN-" + run);
    }

    @Test
    void everyWordMustBeFoundButStopWordsAreOptional() {
        assertThat(refs("training of technicians")).containsExactly("S-EN-" + run);
        assertThat(refs("technicians nothinglikethis")).isEmpty();
    }

    @Test
    void highlightsTheMatchedWordsEscapingTheRest() {
        var hit = finder.find(new ItemFinder.Query(ItemKind.REQUEST, "sequencing " + run, Map.of(), 0, 10),
                Viewer.EVERYTHING).hits();
        var mine = finder.find(new ItemFinder.Query(ItemKind.REQUEST, "sequencing", Map.of(), 0, 100),
                Viewer.EVERYTHING).hits().stream().filter(h -> h.ref().equals("S-EN-" + run)).findFirst().orElseThrow();
        assertThat(mine.fragments()).anyMatch(f -> f.contains("<mark>sequencing</mark>"));
        assertThat(hit).isNotNull();
    }

    @Test
    void facetsFilterAndCount() {
        var found = finder.find(new ItemFinder.Query(ItemKind.REQUEST, "", Map.of("language", Set.of("zh")), 0, 100),
                Viewer.EVERYTHING);
        assertThat(found.hits()).extracting(ItemFinder.Hit::ref).contains("S-ZH-" + run)
            .doesNotContain("S-EN-" + run);
        assertThat(found.facets().get("language")).anyMatch(c -> c.value().equals("zh") && c.count() >= 1);
        var africa = finder.find(new ItemFinder.Query(ItemKind.REQUEST, "", Map.of("region", Set.of("AFRICA")), 0, 100),
                Viewer.EVERYTHING);
        assertThat(africa.hits()).extracting(ItemFinder.Hit::ref).contains("S-EN-" + run, "S-FR-" + run, "S-AR-" + run)
            .doesNotContain("S-RU-" + run);
    }
}
