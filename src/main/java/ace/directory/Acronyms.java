package ace.directory;

import java.util.Locale;

/** Derives a registry acronym from a name when an import gives none: initials, at most 32 characters. */
final class Acronyms {

    private Acronyms() {
    }

    static String derive(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s\\-/]+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        String acronym = initials.length() >= 2 ? initials.toString() : name.strip().toUpperCase(Locale.ROOT);
        return acronym.length() > 32 ? acronym.substring(0, 32) : acronym;
    }
}
