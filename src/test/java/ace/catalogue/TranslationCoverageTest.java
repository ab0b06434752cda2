package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.Sessions;
import ace.identity.Identity;
import ace.identity.Role;

/** A translation added by editing: its readers get it; readers of a third language get the original, with a notice. */
@IntegrationTest
class TranslationCoverageTest {

    /** catalogue.shownIn in English, for an original in French. */
    static final String SHOWN_IN_FRENCH_EN =
            "This item has no text in your language; it is shown in its original language (French).";
    /** The start of catalogue.shownIn in Spanish and in English (before the language name). */
    static final String SHOWN_IN_ES = "Este elemento no tiene texto en su idioma";
    static final String SHOWN_IN_EN = "This item has no text in your language";

    private static final Pattern H1 = Pattern.compile("<h1([^>]*)>(.*?)</h1>", Pattern.DOTALL);

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired Importer importer;
    @Autowired Catalogue catalogue;

    private String page(String ref, String lang) throws Exception {
        return mvc.perform(get("/requests/" + ref).param("lang", lang)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page's heading: its attributes and its text. */
    private static String[] heading(String html) {
        Matcher m = H1.matcher(html);
        assertThat(m.find()).as("the page has a heading").isTrue();
        return new String[] {m.group(1), m.group(2).strip()};
    }

    @Test
    void aSpanishTranslationAddedLaterIsShownToSpanishReadersAndTheFrenchOriginalToOthers() throws Exception {
        String run = Documents.run();
        String ref = "TR-SEN-" + run;
        String french = "Formation des formateurs " + run;
        String spanish = "Formacion de formadores " + run;
        importer.importDocument(Documents.document(
                Documents.request(ref, "SEN", "fr", french, "Pour le laboratoire national", "PUBLIC"))
            .getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);

        // Before: a Spanish reader gets the French original, with the notice in Spanish.
        String before = page(ref, "es");
        assertThat(heading(before)[1]).isEqualTo(french);
        assertThat(before).contains(SHOWN_IN_ES);

        MockHttpSession ncp = Sessions.signedIn(mvc, identity, Role.NATIONAL_CONTACT_POINT, "SEN");
        long version = catalogue.get(ref, Viewer.EVERYTHING).version();
        mvc.perform(post("/requests/" + ref + "/edit").session(ncp).with(csrf()).param("lang", "en")
                .param("version", Long.toString(version))
                .param("texts[0].language", "fr").param("texts[0].title", french)
                .param("texts[0].description", "Pour le laboratoire national")
                .param("texts[1].language", "es").param("texts[1].title", spanish)
                .param("texts[1].description", "Para el laboratorio nacional")
                .param("texts[2].language", "").param("texts[2].title", "").param("texts[2].description", "")
                .param("fields", "BIOSAFETY_BIOSECURITY").param("types", "TRAINING").param("visibility", "PUBLIC"))
            .andExpect(redirectedUrl("/requests/" + ref));

        var texts = catalogue.get(ref, Viewer.EVERYTHING).content().texts();
        assertThat(texts.keySet()).containsExactly("fr", "es");
        assertThat(catalogue.get(ref, Viewer.EVERYTHING).content().originalLanguage()).isEqualTo("fr");

        // A Spanish reader now gets the translation, without the notice.
        String es = page(ref, "es");
        String[] esHeading = heading(es);
        assertThat(esHeading[1]).isEqualTo(spanish);
        assertThat(esHeading[0]).contains("lang=\"es\"");
        assertThat(es).contains("Para el laboratorio nacional")
            .doesNotContain(SHOWN_IN_ES)
            .doesNotContain(SHOWN_IN_EN);

        // An English reader (a third language) gets the French original, with the notice naming French.
        String en = page(ref, "en");
        String[] enHeading = heading(en);
        assertThat(enHeading[1]).isEqualTo(french);
        assertThat(enHeading[0]).contains("lang=\"fr\"");
        assertThat(en).contains(SHOWN_IN_FRENCH_EN);

        // A French reader gets the original, without the notice.
        String fr = page(ref, "fr");
        assertThat(heading(fr)[1]).isEqualTo(french);
        assertThat(fr).doesNotContain("Cette fiche n’a pas de texte dans votre langue");
    }
}
