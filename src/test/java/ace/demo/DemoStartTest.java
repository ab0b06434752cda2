package ace.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./ace serve --demo} as a newcomer runs it, in its own JVM on an empty H2 folder: the
 * demonstration set and one account per role are loaded and the passwords printed; run again
 * on the same folder, it refuses with exit code 2 and says why.
 */
class DemoStartTest {

    private static final Pattern LOADED = Pattern.compile("ACE demonstration: (\\d+) offers and requests loaded");

    private static ProcessBuilder ace(Path data, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "ace.AceApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Environment variables outrank the test configuration's in-memory database.
        builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + data.resolve("db").toAbsolutePath()
                + "/ace;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        builder.environment().put("ACE_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("ACE_SEARCH_INDEX_DIR", data.resolve("index").toAbsolutePath().toString());
        return builder;
    }

    @Test
    void loadsTheDemonstrationOnceAndRefusesANonEmptyDatabase(@TempDir Path data) throws Exception {
        Process first = ace(data, "serve", "--demo", "--port", "0").start();
        List<String> lines = new ArrayList<>();
        CompletableFuture<Integer> loaded = CompletableFuture.supplyAsync(() -> {
            try (var out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    Matcher m = LOADED.matcher(line);
                    if (m.find()) {
                        // The account lines follow the count in the same log message.
                        for (int i = 0; i < 12 && (line = out.readLine()) != null; i++) {
                            synchronized (lines) {
                                lines.add(line);
                            }
                        }
                        return Integer.parseInt(m.group(1));
                    }
                }
                return -1;
            }
            catch (java.io.IOException e) {
                return -1;
            }
        });
        int items;
        try {
            items = loaded.get(180, TimeUnit.SECONDS);
        }
        finally {
            first.destroy();
            if (!first.waitFor(30, TimeUnit.SECONDS)) {
                first.destroyForcibly();
            }
        }
        assertThat(items).as(String.join("\n", lines)).isGreaterThanOrEqualTo(300);
        String output = String.join("\n", lines);
        for (String role : List.of("ISU_ADMIN", "ISU_OFFICER", "NATIONAL_CONTACT_POINT", "STATE_VIEWER",
                "ORGANISATION_FOCAL_POINT", "COMMITTEE_MEMBER", "AUDITOR")) {
            assertThat(output).contains(role);
        }
        assertThat(output).containsPattern("isu\\.admin@\\S+\\s+[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}");

        Process second = ace(data, "serve", "--demo", "--port", "0").start();
        String refusal = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(2);
        assertThat(refusal).contains("refuses to run on a non-empty database");
    }
}
