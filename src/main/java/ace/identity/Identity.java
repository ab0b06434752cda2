package ace.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ace.directory.Directory;
import ace.directory.OrganisationRef;
import ace.identity.AccountChanged.Change;
import ace.shared.Actors;

/** The identity module's API: opening accounts, issuing tokens, telling who is signed in. */
@Service
@Transactional
public class Identity {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final Directory directory;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Identity(Accounts accounts, ApiTokens tokens, Directory directory, PasswordPolicy policy,
            PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.directory = directory;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in person (fully signed in: password and, where set, second factor). */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        return Optional.of(principal.currentUser());
    }

    /** Someone ACE writes to on behalf of a party: her address and the language she reads. */
    public record Recipient(String email, java.util.Locale language) {
    }

    /**
     * The people who act for a party and should hear about its offers, requests and proposals:
     * the active national contact points of a State, or focal points of an organisation.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.List<Recipient> contactsOf(@Nullable String stateCode, @Nullable Long organisationId) {
        java.util.List<Account> found = stateCode != null
                ? accounts.findByActiveTrueAndStateCodeAndRoleIn(stateCode, java.util.List.of(Role.NATIONAL_CONTACT_POINT))
                : organisationId != null
                        ? accounts.findByActiveTrueAndOrganisationIdAndRoleIn(organisationId,
                                java.util.List.of(Role.ORGANISATION_FOCAL_POINT))
                        : java.util.List.of();
        return found.stream().filter(a -> a.passwordHash() != null)
            .map(a -> new Recipient(a.email(), java.util.Locale.forLanguageTag(a.language() == null ? "en" : a.language())))
            .toList();
    }

    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    /** Opens an active account with a password (command line, first-run setup). */
    public CurrentUser create(NewAccount request, String password) {
        String email = normaliseEmail(request.email());
        policy.check(password, email).ifPresent(key -> {
            throw new AccountProblem(key, PasswordMessages.english(key));
        });
        Account account = open(request, email);
        account.setPassword(encoder.encode(password));
        accounts.save(account);
        events.publishEvent(new AccountChanged(account.id(), email, Change.CREATED, Actors.current(), Map.of(),
                account.recorded()));
        return account.currentUser();
    }

    /** Opens an account without a password and returns the invitation token to send by e-mail. */
    public String invite(NewAccount request) {
        String email = normaliseEmail(request.email());
        Account account = open(request, email);
        String token = Secrets.token("inv_");
        account.invite(Secrets.sha256(token), clock.instant().plus(INVITATION_VALIDITY));
        accounts.save(account);
        events.publishEvent(new AccountChanged(account.id(), email, Change.INVITED, Actors.current(), Map.of(),
                account.recorded()));
        return token;
    }

    /** Issues a personal API token for the account; the token is returned once and stored hashed. */
    public String issueToken(String email, String name) {
        Account account = accounts.findByEmail(normaliseEmail(email))
            .orElseThrow(() -> new AccountProblem("account.unknown", "no account with e-mail " + email));
        return issueToken(account, name);
    }

    String issueToken(Account account, String name) {
        String label = name.isBlank() ? "token" : name.strip();
        if (label.length() > 100) {
            throw new AccountProblem("token.nameTooLong", "token name longer than 100 characters");
        }
        String token = Secrets.token("ace_");
        ApiToken saved = tokens.save(new ApiToken(account.id(), label, Secrets.sha256(token), clock.instant()));
        events.publishEvent(new AccountChanged(account.id(), account.email(), Change.TOKEN_ISSUED, Actors.current(),
                Map.of(), Map.of("token", saved.id(), "name", label)));
        return token;
    }

    private Account open(NewAccount request, String email) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new AccountProblem("account.exists", "an account with e-mail " + email + " already exists");
        }
        Binding binding = binding(request.role(), request.stateCode(), request.organisationAcronym());
        String state = binding.state();
        Long organisation = binding.organisation();
        String name = request.displayName() == null || request.displayName().isBlank() ? null
                : request.displayName().strip();
        return new Account(email, name, request.role(), state, organisation, clock.instant());
    }

    /** The State or organisation a role is bound to, checked against the directory. */
    record Binding(@Nullable String state, @Nullable Long organisation) {
    }

    Binding binding(Role role, @Nullable String stateCode, @Nullable String organisationAcronym) {
        String state = null;
        Long organisation = null;
        if (role.needsState()) {
            String code = stateCode == null ? "" : stateCode.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                throw new AccountProblem("account.stateRequired", "role " + role + " needs --state ISO3");
            }
            state = directory.state(code).orElseThrow(
                    () -> new AccountProblem("account.stateUnknown", "unknown State code " + code)).code();
        }
        if (role.needsOrganisation()) {
            String acronym = organisationAcronym == null ? "" : organisationAcronym.strip();
            if (acronym.isEmpty()) {
                throw new AccountProblem("account.organisationRequired",
                        "role " + role + " needs --organisation ACRONYM");
            }
            OrganisationRef ref = directory.organisationByAcronym(acronym).orElseThrow(
                    () -> new AccountProblem("account.organisationUnknown", "unknown organisation " + acronym));
            organisation = ref.id();
        }
        return new Binding(state, organisation);
    }

    static String normaliseEmail(@Nullable String email) {
        String value = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 320 || !EMAIL.matcher(value).matches()) {
            throw new AccountProblem("account.emailInvalid", "not a valid e-mail address: " + email);
        }
        return value;
    }

    @Transactional(readOnly = true)
    public List<String> emails() {
        return accounts.findAllByOrderByEmailAsc().stream().map(Account::email).toList();
    }
}
