package ace.identity;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ace.shared.cli.CommandDispatcher;

/**
 * While no account exists, a one-time setup link (random token, printed on the console, as
 * Jenkins does) lets the person at the machine create the first ISU administrator. There is
 * never a default password; once any account exists the link is dead.
 */
@Component
class FirstRunSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

    private final Identity identity;
    private final boolean commandLine;
    private @Nullable String token;

    FirstRunSetup(Identity identity, @Value("${" + CommandDispatcher.ENABLED + ":false}") boolean commandLine) {
        this.identity = identity;
        this.commandLine = commandLine;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent event) {
        if (commandLine) {
            return;
        }
        issueIfNeeded().ifPresent(t -> {
            String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
            String link = "http://localhost:" + port + "/setup?token=" + t;
            log.warn("\n\n  ACE has no account yet. Create the first ISU administrator here:\n\n    {}\n\n"
                    + "  (or from the shell: ./ace admin create --email you@example.org)\n", link);
        });
    }

    /** The current setup token, issuing one if no account exists yet. */
    synchronized Optional<String> issueIfNeeded() {
        if (identity.hasAccounts()) {
            token = null;
            return Optional.empty();
        }
        if (token == null) {
            token = Secrets.token("setup_");
        }
        return Optional.of(token);
    }

    synchronized boolean valid(@Nullable String candidate) {
        return candidate != null && token != null && !identity.hasAccounts()
                && java.security.MessageDigest.isEqual(token.getBytes(), candidate.getBytes());
    }

    synchronized void consumed() {
        token = null;
    }
}
