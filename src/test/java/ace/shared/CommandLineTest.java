package ace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.shared.cli.CommandDispatcher;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CommandLineTest {

    @Autowired CommandDispatcher dispatcher;
    @Autowired MockMvc mvc;

    record Run(int exit, String out, String err) {
    }

    private Run run(String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = dispatcher.dispatch(List.of(args), new BufferedReader(new StringReader(stdin)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String email() {
        return "cli-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void createsAnAdministratorWithThePasswordFromStandardInput() {
        String email = email();
        Run run = run("a sufficiently long passphrase\n", "admin", "create", "--email", email);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(email);
        Run again = run("a sufficiently long passphrase\n", "admin", "create", "--email", email);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void refusesAWeakPasswordWithExitTwoAndNoStackTrace() {
        Run run = run("password1234\n", "admin", "create", "--email", email());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("too common").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("\n", "admin", "create", "--email", email()).exit()).isEqualTo(2);
    }

    @Test
    void createsUsersForEveryRoleWithTheirStateOrOrganisation() {
        assertThat(run("a sufficiently long passphrase\n", "user", "create", "--email", email(), "--role",
                "NATIONAL_CONTACT_POINT", "--state", "ken").exit()).isZero();
        assertThat(run("a sufficiently long passphrase\n", "user", "create", "--email", email(), "--role",
                "AUDITOR").exit()).isZero();
        Run missingState = run("a sufficiently long passphrase\n", "user", "create", "--email", email(), "--role",
                "STATE_VIEWER");
        assertThat(missingState.exit()).isEqualTo(2);
        assertThat(missingState.err()).contains("--state");
        assertThat(run("a sufficiently long passphrase\n", "user", "create", "--email", email(), "--role",
                "STATE_VIEWER", "--state", "XYZ").exit()).isEqualTo(2);
        assertThat(run("a sufficiently long passphrase\n", "user", "create", "--email", email(), "--role",
                "ORGANISATION_FOCAL_POINT", "--organisation", "NO-SUCH-ORG").exit()).isEqualTo(2);
        assertThat(run("a sufficiently long passphrase\n", "user", "create", "--email", email(), "--role",
                "EMPEROR").exit()).isEqualTo(2);
    }

    @Test
    void printsATokenThatAuthenticatesTheApi() throws Exception {
        String email = email();
        run("a sufficiently long passphrase\n", "user", "create", "--email", email, "--role", "COMMITTEE_MEMBER");
        Run token = run("", "user", "token", "--email", email, "--name", "robot");
        assertThat(token.exit()).isZero();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.out().strip()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.email").value(email));
        assertThat(run("", "user", "token", "--email", "nobody-" + email).exit()).isEqualTo(2);
    }

    @Test
    void answersUnknownCommandsAndOptionsWithUsageAndExitTwo() {
        Run unknown = run("", "frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("usage").contains("admin create");
        assertThat(run("", "admin", "create", "--mail", "x@example.org").exit()).isEqualTo(2);
        assertThat(run("", "help").exit()).isZero();
    }

    @Test
    void verifiesTheAuditChain() {
        run("a sufficiently long passphrase\n", "user", "create", "--email", email(), "--role", "AUDITOR");
        Run verify = run("", "audit", "verify");
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains("intact");
    }
}
