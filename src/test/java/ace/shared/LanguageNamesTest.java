package ace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class LanguageNamesTest {

    private final LanguageNames names = new LanguageNames(messages());

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void theSixUnLanguagesUseAcesOwnWords() {
        assertThat(names.of("fr-CA", Locale.ENGLISH)).isEqualTo("French");
        assertThat(names.of("zh-Hans", Locale.FRENCH)).isEqualTo("Chinois");
    }

    @Test
    void otherLanguagesAreNamedInTheReadersLanguage() {
        assertThat(names.of("pt-BR", Locale.ENGLISH)).isEqualTo("Portuguese");
        assertThat(names.of("sw", Locale.FRENCH)).isEqualTo("swahili");
        assertThat(names.of("de", Locale.forLanguageTag("ru"))).isEqualTo("немецкий");
        assertThat(names.of("de", Locale.forLanguageTag("ar"))).isEqualTo("الألمانية");
    }

    @Test
    void anUnknownTagIsShownAsItIs() {
        assertThat(names.of("qzy", Locale.ENGLISH)).isEqualTo("qzy");
    }
}
