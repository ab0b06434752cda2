package ace.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import ace.shared.Language;

/** An item as a list or a page shows it: in the reader's language if it has one, else the original. */
public record ItemCard(ItemView item, String language, boolean translated, String title, @Nullable String description,
        String partyName, List<String> fragments) {

    public static ItemCard of(ItemView item, Catalogue catalogue, Locale locale) {
        return of(item, catalogue, locale, null);
    }

    static ItemCard of(ItemView item, Catalogue catalogue, Locale locale, @Nullable List<String> fragments) {
        String reader = Language.of(locale).code();
        var text = item.content().textFor(reader);
        boolean translated = !text.getKey().equals(item.content().originalLanguage());
        return new ItemCard(item, text.getKey(), translated, text.getValue().title(), text.getValue().description(),
                catalogue.partyName(item.content().party(), locale), fragments == null ? List.of() : fragments);
    }

    /** True when the text is shown in a language other than the reader's. */
    public boolean foreign(Locale locale) {
        String reader = Language.of(locale).code();
        return !(language.equals(reader) || language.startsWith(reader + "-"));
    }

    public @Nullable LocalDate validFrom() {
        return item.content().validFrom();
    }

    public @Nullable LocalDate validUntil() {
        return item.content().validUntil();
    }
}
