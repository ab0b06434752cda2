package ace.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ace.identity.AccountChanged.Change;
import ace.shared.Actors;
import ace.shared.Mailer;
import ace.shared.NotFoundException;

/** What the ISU administrator does to accounts, and what an invited person does to accept. */
@Service
@Transactional
class AccountAdministration {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final Identity identity;
    private final SecondFactors secondFactors;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final MessageSource messages;
    private final IdentitySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(Accounts accounts, ApiTokens tokens, Identity identity, SecondFactors secondFactors,
            PasswordPolicy policy, PasswordEncoder encoder, Mailer mailer, MessageSource messages,
            IdentitySettings settings, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.identity = identity;
        this.secondFactors = secondFactors;
        this.policy = policy;
        this.encoder = encoder;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<AccountRow> accounts() {
        return accounts.findAllByOrderByEmailAsc().stream().map(AccountRow::of).toList();
    }

    /** Opens the account and mails the invitation link in the invitee's language. */
    void invite(NewAccount request, Locale language) {
        String token = identity.invite(request);
        accounts.findByEmail(Identity.normaliseEmail(request.email())).ifPresent(a -> a.readsIn(language.toLanguageTag()));
        String link = settings.baseUrl().replaceAll("/+$", "") + "/invitation/" + token + "?lang="
                + language.getLanguage();
        String subject = messages.getMessage("mail.invitation.subject", null, language);
        String body = messages.getMessage("mail.invitation.body",
                new Object[] {link, Identity.INVITATION_VALIDITY.toDays()}, language);
        mailer.send(Identity.normaliseEmail(request.email()), subject, body);
    }

    @Transactional(readOnly = true)
    Optional<String> invitedEmail(String token) {
        return accounts.findByInviteTokenHash(Secrets.sha256(token))
            .filter(a -> a.invitationValid(clock.instant()))
            .map(Account::email);
    }

    /** Sets the invited person's password; returns the message key of a refusal, or empty. */
    Optional<String> acceptInvitation(String token, String password, String confirmation) {
        Optional<Account> invited = accounts.findByInviteTokenHash(Secrets.sha256(token))
            .filter(a -> a.invitationValid(clock.instant()));
        if (invited.isEmpty()) {
            return Optional.of("invitation.invalid");
        }
        Account account = invited.get();
        if (!password.equals(confirmation)) {
            return Optional.of("password.mismatch");
        }
        Optional<String> refusal = policy.check(password, account.email());
        if (refusal.isPresent()) {
            return refusal;
        }
        account.setPassword(encoder.encode(password));
        events.publishEvent(new AccountChanged(account.id(), account.email(), Change.PASSWORD_SET, account.email(),
                Map.of(), account.recorded()));
        return Optional.empty();
    }

    void deactivate(long id) {
        Account account = account(id);
        if (account.email().equals(Actors.current())) {
            throw new AccountProblem("account.cannotDeactivateSelf", "you cannot deactivate your own account");
        }
        var before = account.recorded();
        account.deactivate();
        events.publishEvent(new AccountChanged(id, account.email(), Change.DEACTIVATED, Actors.current(), before,
                account.recorded()));
    }

    /**
     * Gives the account another role (and the State or organisation it needs). Nobody changes
     * her own role, so the ISU cannot lock itself out; the person's open sessions end.
     */
    void changeRole(long id, Role role, @org.jspecify.annotations.Nullable String state,
            @org.jspecify.annotations.Nullable String organisationAcronym) {
        Account account = account(id);
        if (account.email().equals(Actors.current())) {
            throw new AccountProblem("account.cannotChangeOwnRole", "you cannot change your own role");
        }
        Identity.Binding binding = identity.binding(role, state, organisationAcronym);
        var before = account.recorded();
        account.assign(role, binding.state(), binding.organisation());
        events.publishEvent(new AccountChanged(id, account.email(), Change.ROLE_CHANGED, Actors.current(), before,
                account.recorded()));
    }

    @Transactional(readOnly = true)
    AccountRow row(long id) {
        return AccountRow.of(account(id));
    }

    void reactivate(long id) {
        Account account = account(id);
        var before = account.recorded();
        account.reactivate();
        events.publishEvent(new AccountChanged(id, account.email(), Change.REACTIVATED, Actors.current(), before,
                account.recorded()));
    }

    void resetSecondFactor(long id) {
        secondFactors.reset(account(id).id());
    }

    /** Revokes one of the person's own tokens; returns its name. */
    String revokeToken(long accountId, long tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.accountId() == accountId)
            .orElseThrow(() -> new NotFoundException("token " + tokenId));
        if (token.usable()) {
            token.revoke(clock.instant());
            Account account = account(accountId);
            events.publishEvent(new AccountChanged(accountId, account.email(), Change.TOKEN_REVOKED,
                    Actors.current(), Map.of("token", tokenId, "name", token.name()),
                    Map.of("token", tokenId, "revoked", true)));
        }
        return token.name();
    }

    private Account account(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
    }

    record AccountRow(long id, String email, String displayName, Role role, String stateCode, Long organisationId,
            boolean active, boolean secondFactor, boolean invitationPending, java.time.Instant lastSignInAt) {

        static AccountRow of(Account a) {
            return new AccountRow(a.id(), a.email(), a.displayName(), a.role(), a.stateCode(), a.organisationId(),
                    a.active(), a.totpEnabled(), a.invitationPending(), a.lastSignInAt());
        }
    }
}
