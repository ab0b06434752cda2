package ace.directory;

import java.util.Locale;
import java.util.Map;

import ace.shared.Language;

/** A State as other modules and the API see it. {@code name} holds the name per language code. */
public record StateView(String code, Map<String, String> name, UnMembership unMembership, UnRegion unRegion,
        BwcStatus bwcStatus, BwcGroup bwcGroup) {

    public String name(Locale locale) {
        return name.getOrDefault(Language.of(locale).code(), name.get("en"));
    }
}
