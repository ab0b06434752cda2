package ace.identity;

import java.io.IOException;
import java.time.Clock;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Authorization: Bearer TOKEN} on the API: the token's account, with exactly its rights,
 * for this one request. A token that is unknown, revoked, or whose account is deactivated is
 * refused with 401 rather than treated as anonymous, so a client learns its token is bad.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApiAuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokens tokens, Accounts accounts, TransactionTemplate transactions, Clock clock,
            ApiAuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String hash = Secrets.sha256(header.substring(7).strip());
        AccountPrincipal principal = transactions.execute(status -> tokens.findByTokenHash(hash)
            .filter(ApiToken::usable)
            .flatMap(token -> {
                token.used(clock.instant());
                return accounts.findById(token.accountId());
            })
            .filter(Account::active)
            .map(AccountPrincipal::of)
            .orElse(null));
        if (principal == null) {
            entryPoint.commence(request, response, null);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
