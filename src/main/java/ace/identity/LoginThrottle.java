package ace.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: too many failures within the window, for one account or from
 * one address, block further attempts for the lockout period. Kept in memory: each node
 * throttles what it sees, which is enough to make guessing impractical.
 */
@Component
class LoginThrottle {

    private final IdentitySettings settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

    LoginThrottle(IdentitySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean blocked(String account, String address) {
        Instant now = clock.instant();
        return isBlocked("account:" + account, now) || isBlocked("address:" + address, now);
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        record("account:" + account, now, settings.maxFailuresPerAccount());
        record("address:" + address, now, settings.maxFailuresPerAddress());
    }

    void succeeded(String account) {
        failures.remove("account:" + account);
        blockedUntil.remove("account:" + account);
    }

    private boolean isBlocked(String key, Instant now) {
        Instant until = blockedUntil.get(key);
        if (until == null) {
            return false;
        }
        if (now.isBefore(until)) {
            return true;
        }
        blockedUntil.remove(key, until);
        return false;
    }

    private void record(String key, Instant now, int limit) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            Instant horizon = now.minus(settings.failureWindow());
            while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                blockedUntil.put(key, now.plus(settings.lockout()));
                times.clear();
            }
        }
    }
}
