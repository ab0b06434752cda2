package ace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphraseWithoutCompositionRules() {
        assertThat(policy.check("a quiet harbour at dawn in mombasa", "ana@example.org")).isEmpty();
        assertThat(policy.check("мой пароль для ace", "ana@example.org")).isEmpty();
    }

    @Test
    void refusesShortPasswordsCountingCharactersNotBytes() {
        assertThat(policy.check("elevenchars", "ana@example.org")).hasValue("password.tooShort");
        assertThat(policy.check("生物安全生物安全生物安全", "ana@example.org")).isEmpty();
    }

    @Test
    void refusesCommonPasswordsEvenWithDigitsAppended() {
        assertThat(policy.check("password1234", "ana@example.org")).hasValue("password.common");
        assertThat(policy.check("Password2026!", "ana@example.org")).hasValue("password.common");
        assertThat(policy.check("qwertyuiopasdfghjkl", "ana@example.org")).hasValue("password.common");
    }

    @Test
    void refusesPasswordsFromTheBreachCorpusList() {
        assertThat(policy.check("1qaz2wsx3edc", "ana@example.org")).hasValue("password.common");
        assertThat(policy.check("q1w2e3r4t5y6", "ana@example.org")).hasValue("password.common");
        assertThat(policy.check("Soso123aljg2024", "ana@example.org")).hasValue("password.common");
        // The famous example of a good passphrase is, for that very reason, in every cracking list.
        assertThat(policy.check("correct horse battery staple", "ana@example.org")).hasValue("password.common");
    }

    @Test
    void refusesRepetitionAndTheEmailName() {
        assertThat(policy.check("aaaaaaaaaaaaaa", "ana@example.org")).hasValue("password.repetitive");
        assertThat(policy.check("ababababababab", "ana@example.org")).hasValue("password.repetitive");
        assertThat(policy.check("my name is kamau wanjiru", "kamau@example.org")).hasValue("password.containsEmail");
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(policy.check("x1y2".repeat(33), "ana@example.org")).hasValue("password.tooLong");
    }
}
