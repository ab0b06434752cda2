package ace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Starts the application exactly as {@code ./ace COMMAND} does: no web server, quiet logs. */
class CommandStartupTest {

    @Test
    void runsACommandWithoutTheWebServer() {
        assertThat(AceApplication.runCommand("audit", "verify")).isZero();
    }

    @Test
    void answersHelpWithZeroAndAnUnknownCommandWithTwo() {
        assertThat(AceApplication.runCommand("help")).isZero();
        assertThat(AceApplication.runCommand("frobnicate", "--now")).isEqualTo(2);
    }
}
