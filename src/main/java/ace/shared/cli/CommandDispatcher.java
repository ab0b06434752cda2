package ace.shared.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/** Finds the command named by the launcher's arguments and runs it. */
@Component
public class CommandDispatcher {

    public static final String ENABLED = "ace.cli.enabled";

    private final List<Command> commands;

    CommandDispatcher(List<Command> commands) {
        this.commands = commands;
    }

    /** Starts the application without a web server, runs the command, returns the exit code. */
    public static int run(SpringApplication app, String[] args) {
        ConfigurableApplicationContext context;
        try {
            context = app.run();
        }
        catch (RuntimeException e) {
            System.err.println("ace: could not start: " + rootMessage(e));
            return 1;
        }
        try (context) {
            var stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            return context.getBean(CommandDispatcher.class).dispatch(Arrays.asList(args), stdin, out, System.err);
        }
    }

    public int dispatch(List<String> args, BufferedReader in, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && List.of("help", "-h", "--help").contains(args.get(0))) {
            out.print(usage());
            return 0;
        }
        Optional<Command> command = find(args);
        if (command.isEmpty()) {
            err.println("ace: unknown command: " + String.join(" ", args));
            err.println(usage());
            return 2;
        }
        int words = command.get().name().split(" ").length;
        // What a command changes is recorded in the audit log as done from the shell, by this OS user.
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "cli:" + System.getProperty("user.name", "unknown"), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return command.get().run(args.subList(words, args.size()), in, out, err);
        }
        catch (UsageException e) {
            err.println("ace " + command.get().name() + ": " + e.getMessage());
            err.println("usage: ./ace " + command.get().usage());
            return 2;
        }
        catch (Exception e) {
            err.println("ace " + command.get().name() + ": " + rootMessage(e));
            return 1;
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    public String usage() {
        StringBuilder text = new StringBuilder("usage:\n  ./ace [serve] [--port N]\n");
        commands.stream().sorted(Comparator.comparing(Command::name))
            .forEach(c -> text.append("  ./ace ").append(c.usage()).append('\n'));
        return text.toString();
    }

    private Optional<Command> find(List<String> args) {
        String line = String.join(" ", args) + " ";
        return commands.stream()
            .filter(c -> line.startsWith(c.name() + " "))
            .max(Comparator.comparingInt(c -> c.name().length()));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
