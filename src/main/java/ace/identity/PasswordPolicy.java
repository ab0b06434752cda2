package ace.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B: at least 12 characters, at most 128, no composition rules, refused when
 * it is a known common password, repeats one character, or contains the e-mail's name.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The message key of the first rule broken, or empty when the password is acceptable. */
    Optional<String> check(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.replaceAll("[0-9!@#$%^&*.]+$", ""))) {
            return Optional.of("password.common");
        }
        if (lower.chars().distinct().count() <= 2) {
            return Optional.of("password.repetitive");
        }
        String local = email.toLowerCase(Locale.ROOT).split("@")[0];
        if (local.length() >= 4 && lower.contains(local)) {
            return Optional.of("password.containsEmail");
        }
        return Optional.empty();
    }

    /**
     * ACE's own list (words of this field and of the UN, in its languages) and the 100,000 most
     * common passwords of public breach corpora, as shipped by nbvcxz.
     */
    private static Set<String> load() {
        Set<String> words = new HashSet<>(131_072);
        read("/identity/common-passwords.txt", words);
        read("/dictionaries/passwords.txt", words);
        return words;
    }

    private static void read(String resource, Set<String> words) {
        var stream = PasswordPolicy.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
