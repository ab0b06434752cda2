package ace.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ace.identity.*}: sign-in throttling and the address used in links sent by e-mail.
 * After {@code maxFailuresPerAccount} failed sign-ins within {@code failureWindow}, the account
 * is refused for {@code lockout}; likewise an address after {@code maxFailuresPerAddress}.
 */
@ConfigurationProperties("ace.identity")
record IdentitySettings(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration failureWindow, @DefaultValue("15m") Duration lockout,
        @DefaultValue("http://localhost:8080") String baseUrl) {
}
