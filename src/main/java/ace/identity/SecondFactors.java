package ace.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ace.identity.AccountChanged.Change;
import ace.shared.Actors;
import ace.shared.NotFoundException;

/** Enrolment, verification and reset of the TOTP second factor and its recovery codes. */
@Service
@Transactional
class SecondFactors {

    static final int RECOVERY_CODES = 10;

    private final Accounts accounts;
    private final RecoveryCodes recoveryCodes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactors(Accounts accounts, RecoveryCodes recoveryCodes, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enrols the secret if the code proves the authenticator holds it; returns the new recovery
     * codes (shown once), or an empty list when the code is wrong.
     */
    List<String> enrol(long accountId, String secret, String code) {
        Account account = account(accountId);
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            return List.of();
        }
        var before = account.recorded();
        account.enrolSecondFactor(secret, step.getAsLong());
        recoveryCodes.deleteByAccountId(accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = Secrets.recoveryCode();
            codes.add(recovery);
            recoveryCodes.save(new RecoveryCode(accountId, Secrets.sha256(recovery)));
        }
        events.publishEvent(new AccountChanged(accountId, account.email(), Change.SECOND_FACTOR_ENROLLED,
                account.email(), before, account.recorded()));
        return codes;
    }

    /** True when the code is the current TOTP code (never used before) or an unused recovery code. */
    boolean verify(long accountId, String code) {
        Account account = account(accountId);
        if (!account.totpEnabled() || account.totpSecret() == null) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(account.totpSecret(), code, clock.instant());
        if (step.isPresent()) {
            return account.acceptTotpStep(step.getAsLong());
        }
        var recovery = recoveryCodes.findByAccountIdAndCodeHash(accountId,
                Secrets.sha256(Secrets.normaliseRecoveryCode(code)));
        if (recovery.isPresent() && recovery.get().unused()) {
            recovery.get().use(clock.instant());
            events.publishEvent(new AccountChanged(accountId, account.email(), Change.RECOVERY_CODE_USED,
                    account.email(), Map.of(), Map.of("remaining", remaining(accountId))));
            return true;
        }
        return false;
    }

    long remaining(long accountId) {
        return recoveryCodes.findByAccountId(accountId).stream().filter(RecoveryCode::unused).count();
    }

    /** Removes the second factor (the administrator's reset, or the holder's own choice). */
    void reset(long accountId) {
        Account account = account(accountId);
        var before = account.recorded();
        account.resetSecondFactor();
        recoveryCodes.deleteByAccountId(accountId);
        events.publishEvent(new AccountChanged(accountId, account.email(), Change.SECOND_FACTOR_RESET,
                Actors.current(), before, account.recorded()));
    }

    void signedIn(long accountId, String language) {
        Account account = account(accountId);
        account.signedIn(clock.instant());
        account.readsIn(language);
    }

    @Transactional(readOnly = true)
    AccountPrincipal principal(long accountId) {
        return AccountPrincipal.of(account(accountId));
    }

    private Account account(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
    }
}
