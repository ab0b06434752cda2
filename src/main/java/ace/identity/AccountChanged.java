package ace.identity;

import java.util.Map;

import ace.shared.AuditedEvent;

/**
 * Something happened to an account: {@code change} says what (created, invited, password set,
 * deactivated, reactivated, second factor enrolled or reset, token issued or revoked).
 * Never carries a password, seed or token.
 */
public record AccountChanged(long accountId, String email, Change change, String actor, Map<String, ?> before,
        Map<String, ?> after) implements AuditedEvent {

    public enum Change {
        CREATED, INVITED, PASSWORD_SET, DEACTIVATED, REACTIVATED, SECOND_FACTOR_ENROLLED, SECOND_FACTOR_RESET,
        RECOVERY_CODE_USED, TOKEN_ISSUED, TOKEN_REVOKED, ROLE_CHANGED
    }

    @Override
    public String subject() {
        return "Account:" + accountId;
    }
}
