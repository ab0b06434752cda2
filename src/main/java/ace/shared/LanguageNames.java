package ace.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The name of any BCP 47 language tag in the reader's language: ACE's own words for the six
 * UN languages, the JDK's (CLDR) names for every other, the tag itself if neither knows it.
 * Templates call it as {@code @languageNames.of(tag, #locale)}.
 */
@Component("languageNames")
public class LanguageNames {

    private final MessageSource messages;

    LanguageNames(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String tag, Locale reader) {
        String primary = Language.primary(tag);
        String own = messages.getMessage("facet.language." + primary, null, null, reader);
        if (own != null) {
            return own;
        }
        String name = Locale.forLanguageTag(primary).getDisplayLanguage(reader);
        return name.isEmpty() || name.equalsIgnoreCase(primary) ? tag : name;
    }
}
