package ace.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import jakarta.servlet.http.Cookie;

@IntegrationTest
class I18nTest {

    @Autowired MockMvc mvc;

    private static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        var stream = I18nTest.class.getResourceAsStream("/messages/messages_" + lang + ".properties");
        assertThat(stream).as("messages_" + lang + ".properties").isNotNull();
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void everyKeyIsTranslatedAndKeepsItsPlaceholders(String lang) throws IOException {
        Properties english = bundle("en");
        Properties other = bundle(lang);
        assertThat(new TreeSet<>(other.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        Set<String> sameAsEnglish = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String tr = other.getProperty(key);
            assertThat(placeholders(tr)).as(lang + " " + key).isEqualTo(placeholders(en));
            assertThat(tr).as(lang + " " + key + " must not use ' (MessageFormat eats it)").doesNotContain("'");
            // Short labels may be cognates ("Description", "Code"); a sentence left in English may not.
            if (tr.equals(en) && en.length() > 20) {
                sameAsEnglish.add(key);
            }
        }
        assertThat(sameAsEnglish).as("untranslated in " + lang).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("\\{\\d[^}]*}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @Test
    void acceptLanguagePicksTheLanguageAndArabicIsRightToLeft() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "ar-EG,ar;q=0.9"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("<html lang=\"ar\" dir=\"rtl\">")));
        mvc.perform(get("/").header("Accept-Language", "zh-CN"))
            .andExpect(content().string(Matchers.containsString("<html lang=\"zh\" dir=\"ltr\">")));
        mvc.perform(get("/").header("Accept-Language", "de-DE"))
            .andExpect(content().string(Matchers.containsString("<html lang=\"en\" dir=\"ltr\">")));
    }

    @Test
    void theSwitcherOverridesAcceptLanguageAndIsRemembered() throws Exception {
        Cookie cookie = mvc.perform(get("/").param("lang", "ru").header("Accept-Language", "en"))
            .andExpect(content().string(Matchers.containsString("<html lang=\"ru\"")))
            .andReturn().getResponse().getCookie("ACE_LANG");
        assertThat(cookie).isNotNull();
        mvc.perform(get("/states").cookie(cookie).header("Accept-Language", "en"))
            .andExpect(content().string(Matchers.containsString("<html lang=\"ru\"")));
    }

    @Test
    void statesAreListedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/states").param("lang", "zh"))
            .andExpect(content().string(Matchers.containsString("肯尼亚")));
        mvc.perform(get("/states").param("lang", "es").param("region", "AFRICA"))
            .andExpect(content().string(Matchers.containsString("Sudáfrica")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("Francia"))));
    }

    @Test
    void unknownPagesGetAFriendlyNotFoundInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/v1/states/QQQ")).andExpect(status().isNotFound());
        mvc.perform(get("/invitation/not-a-token").param("lang", "fr"))
            .andExpect(status().isNotFound())
            .andExpect(content().string(Matchers.containsString("<html lang=\"fr\"")));
    }
}
