package ace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import ace.shared.cli.CommandDispatcher;

/**
 * Entry point for both the web application ({@code ./ace}, {@code ./ace serve}) and the
 * command line ({@code ./ace import …}, {@code ./ace admin create …}): a command runs the same
 * application, with the same configuration, without the web server.
 */
@SpringBootApplication
public class AceApplication {

    public static void main(String[] args) {
        boolean help = args.length > 0 && java.util.Set.of("help", "-h", "--help").contains(args[0]);
        if (!help && (args.length == 0 || "serve".equals(args[0]) || args[0].startsWith("--"))) {
            String[] serveArgs = args.length > 0 && "serve".equals(args[0])
                    ? Arrays.copyOfRange(args, 1, args.length) : args;
            SpringApplication app = new SpringApplication(AceApplication.class);
            app.run(translatePort(serveArgs));
            return;
        }
        System.exit(runCommand(args));
    }

    /** Runs one {@code ./ace} command without the web server; returns the exit code. */
    public static int runCommand(String... args) {
        SpringApplication app = new SpringApplication(AceApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> quiet = new HashMap<>();
        quiet.put("spring.main.banner-mode", "off");
        // Standard output belongs to the command (JSON for ./ace match); failures are reported by the dispatcher.
        quiet.put("logging.level.root", "OFF");
        quiet.put(CommandDispatcher.ENABLED, "true");
        app.setDefaultProperties(quiet);
        app.setLogStartupInfo(false);
        return CommandDispatcher.run(app, args);
    }

    /** {@code --port N} is the launcher's spelling of {@code --server.port=N}. */
    static String[] translatePort(String[] args) {
        var out = new java.util.ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            if ("--port".equals(args[i]) && i + 1 < args.length) {
                out.add("--server.port=" + args[++i]);
            }
            else if ("--demo".equals(args[i])) {
                out.add("--ace.demo=true");
            }
            else {
                out.add(args[i]);
            }
        }
        return out.toArray(String[]::new);
    }
}
