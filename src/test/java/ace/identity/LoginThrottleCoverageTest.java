package ace.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import ace.IntegrationTest;
import ace.MutableClock;
import ace.Sessions;

/**
 * Throttling per address through the real sign-in form: with the defaults of IdentitySettings
 * (20 failures per address within 15 minutes, then 15 minutes of lockout), the 21st attempt from
 * that address is refused without checking the password, whichever account it names.
 */
@IntegrationTest
class LoginThrottleCoverageTest {

    /** Documentation addresses (RFC 5737), used by no other test. */
    private static final String GUESSER = "203.0.113.9";
    private static final String ELSEWHERE = "198.51.100.23";

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired MutableClock clock;

    private String attempt(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login").session(new MockHttpSession()).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("email", email).param("password", password))
            .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void manyFailuresOnDifferentAccountsFromOneAddressPauseSignInFromThatAddressOnly() throws Exception {
        String email = "throttle-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, Role.STATE_VIEWER, "KEN", null), Sessions.PASSWORD);

        // 20 failures, each on another account, so no single account reaches its own limit of 5.
        for (int i = 0; i < 20; i++) {
            assertThat(attempt("guess-" + i + "-" + UUID.randomUUID() + "@example.org", "wrong guess " + i, GUESSER))
                .as("failed attempt %d", i + 1)
                .isEqualTo("/login?error");
        }

        // The right password of an account that never failed, but from the same address: refused.
        assertThat(attempt(email, Sessions.PASSWORD, GUESSER)).isEqualTo("/login?throttled");
        // The same account from another address signs in.
        assertThat(attempt(email, Sessions.PASSWORD, ELSEWHERE)).isEqualTo("/");

        String page = mvc.perform(get("/login").param("throttled", ""))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Too many unsuccessful attempts. For your protection, sign-in is paused for a few "
                + "minutes; please try again later.");

        // Still refused just before the lockout ends, accepted after it.
        clock.advance(Duration.ofMinutes(14));
        assertThat(attempt(email, Sessions.PASSWORD, GUESSER)).isEqualTo("/login?throttled");
        clock.advance(Duration.ofMinutes(2));
        assertThat(attempt(email, Sessions.PASSWORD, GUESSER)).isEqualTo("/");
    }

    @Test
    void nineteenFailuresFromOneAddressDoNotYetPauseIt() throws Exception {
        String address = "203.0.113.77";
        String email = "below-limit-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, Role.STATE_VIEWER, "KEN", null), Sessions.PASSWORD);
        for (int i = 0; i < 19; i++) {
            assertThat(attempt("miss-" + i + "-" + UUID.randomUUID() + "@example.org", "wrong guess " + i, address))
                .isEqualTo("/login?error");
        }
        assertThat(attempt(email, Sessions.PASSWORD, address)).isEqualTo("/");
    }
}
