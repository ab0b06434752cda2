package ace.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, in which every page exists. */
public enum Language {
    AR("ar", "العربية", true),
    ZH("zh", "中文", false),
    EN("en", "English", false),
    FR("fr", "Français", false),
    RU("ru", "Русский", false),
    ES("es", "Español", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> of(String tag) {
        String lang = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(lang)).findFirst();
    }

    /** The primary language subtag of any BCP 47 tag ({@code es-419} → {@code es}), else the tag lower-cased. */
    public static String primary(String tag) {
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return language.isEmpty() ? tag.toLowerCase(Locale.ROOT) : language;
    }

    public static Language of(Locale locale) {
        return of(locale.toLanguageTag()).orElse(EN);
    }
}
