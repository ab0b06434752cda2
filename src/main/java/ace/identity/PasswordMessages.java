package ace.identity;

import java.util.Map;

/** English wording of password-policy refusals, for the command line (pages use message keys). */
final class PasswordMessages {

    private static final Map<String, String> ENGLISH = Map.of(
            "password.tooShort", "the password must have at least " + PasswordPolicy.MIN_LENGTH + " characters",
            "password.tooLong", "the password must have at most " + PasswordPolicy.MAX_LENGTH + " characters",
            "password.common", "the password is too common; choose another",
            "password.repetitive", "the password repeats too few characters",
            "password.containsEmail", "the password must not contain your e-mail name",
            "password.mismatch", "the two passwords differ");

    private PasswordMessages() {
    }

    static String english(String key) {
        return ENGLISH.getOrDefault(key, key);
    }
}
