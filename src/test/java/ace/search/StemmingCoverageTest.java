package ace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import ace.IntegrationTest;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;
import ace.catalogue.ItemFinder;
import ace.catalogue.ItemKind;
import ace.catalogue.Viewer;

/**
 * Search finds an item through an inflected form that does not occur in it: the query is stemmed
 * as the item's language was (SearchTest searches words that occur as written). The forms are
 * chosen from the stemmers' rules: Lucene's ArabicAnalyzer (normalisation, then one prefix of
 * ال وال بال كال فال لل و and the suffixes ها ان ات ون ين يه ية ه ة ي), the Snowball Russian
 * stemmer (noun endings ов, ы, а) and Lucene's Spanish light stemmer (accents folded, plural
 * -es/-os and final -o removed).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StemmingCoverageTest {

    @Autowired Importer importer;
    @Autowired ItemFinder finder;
    @Autowired TextAnalysis analysis;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private String request(String ref, String state, String lang, String title, String description) {
        return """
                {"ref":"%s","kind":"REQUEST","party":{"type":"STATE","code":"%s"},
                 "title":{"%s":"%s"},"description":{"%s":"%s"},
                 "fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"],"languages":["%s"],
                 "visibility":"PUBLIC","status":"OPEN"}""".formatted(ref, state, lang, title, lang, description, lang);
    }

    @BeforeAll
    void load() {
        String document = "{\"format\":\"ace-interchange/1\",\"items\":[" + String.join(",",
                // "the laboratory" (singular, with the article) — never "laboratories".
                request("ST-AR-" + run, "JOR", "ar", "تعزيز السلامة في المختبر", "برنامج للفنيين"),
                // "of specialists" (genitive plural).
                request("ST-RU-" + run, "UZB", "ru", "Подготовка специалистов", "Курс по биобезопасности"),
                // "trainings" (plural) and "technicians" (plural).
                request("ST-ES-" + run, "BOL", "es", "Capacitaciones para técnicos", "Cursos regionales"))
                + "]}";
        importer.importDocument(document.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    private List<String> refs(String query) {
        return finder.find(new ItemFinder.Query(ItemKind.REQUEST, query, Map.of(), 0, 100), Viewer.EVERYTHING)
            .hits().stream().map(ItemFinder.Hit::ref).filter(r -> r.endsWith(run)).toList();
    }

    @Test
    void arabicPrefixesAndPluralSuffixesAreStripped() {
        // المختبر → مختبر; والمختبرات (wa- + al- ... -aat) → مختبر; مختبرات → مختبر; بالمختبر → مختبر.
        assertThat(analysis.terms("ar", "والمختبرات")).isEqualTo(analysis.terms("ar", "المختبر"));
        assertThat(refs("والمختبرات")).containsExactly("ST-AR-" + run);
        assertThat(refs("مختبرات")).containsExactly("ST-AR-" + run);
        assertThat(refs("بالمختبر")).containsExactly("ST-AR-" + run);
    }

    @Test
    void russianCaseEndingsAreStripped() {
        // специалистов, специалисты, специалиста → специалист.
        assertThat(analysis.terms("ru", "специалисты")).isEqualTo(analysis.terms("ru", "специалистов"));
        assertThat(refs("специалисты")).containsExactly("ST-RU-" + run);
        assertThat(refs("специалиста")).containsExactly("ST-RU-" + run);
    }

    @Test
    void spanishSingularFindsThePluralWithOrWithoutAccents() {
        // capacitaciones → capacitacion ← capacitación; técnicos → tecnic ← técnico.
        assertThat(analysis.terms("es", "capacitación")).isEqualTo(analysis.terms("es", "capacitaciones"));
        assertThat(refs("capacitación")).containsExactly("ST-ES-" + run);
        assertThat(refs("capacitacion")).containsExactly("ST-ES-" + run);
        assertThat(refs("técnico")).containsExactly("ST-ES-" + run);
        assertThat(refs("capacitación técnico")).containsExactly("ST-ES-" + run);
    }

    @Test
    void aWordOfAnotherStemIsNotFound() {
        assertThat(refs("специальный")).isEmpty();
        assertThat(refs("capacidad")).isEmpty();
    }
}
