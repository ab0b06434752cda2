package ace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import ace.MutableClock;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new IdentitySettings(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), "http://localhost"), clock);

    @Test
    void blocksAnAccountAfterFiveFailuresUntilTheLockoutEnds() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana@example.org", "10.0.0.1");
        }
        assertThat(throttle.blocked("ana@example.org", "10.0.0.1")).isFalse();
        throttle.failed("ana@example.org", "10.0.0.1");
        assertThat(throttle.blocked("ana@example.org", "10.0.0.2")).isTrue();
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.blocked("ana@example.org", "10.0.0.2")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.blocked("ana@example.org", "10.0.0.2")).isFalse();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana@example.org", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("ana@example.org", "10.0.0.1");
        assertThat(throttle.blocked("ana@example.org", "10.0.0.1")).isFalse();
    }

    @Test
    void blocksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i + "@example.org", "192.0.2.7");
        }
        assertThat(throttle.blocked("someone.else@example.org", "192.0.2.7")).isTrue();
        assertThat(throttle.blocked("someone.else@example.org", "192.0.2.8")).isFalse();
    }

    @Test
    void successClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana@example.org", "10.0.0.1");
        }
        throttle.succeeded("ana@example.org");
        throttle.failed("ana@example.org", "10.0.0.1");
        assertThat(throttle.blocked("ana@example.org", "10.0.0.1")).isFalse();
    }
}
