package ace.identity;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A session holds a copy of the account as it was at sign-in. When the ISU deactivates the
 * account, changes its role, State or organisation, or resets its second factor, that copy is
 * stale: the session ends at the person's next request, on every node, since the check reads
 * the database rather than an in-memory session registry.
 */
class SessionAccountCheck extends OncePerRequestFilter {

    private final Accounts accounts;

    SessionAccountCheck(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal signedIn && !stillValid(signedIn)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(AccountPrincipal signedIn) {
        // Deactivation, role change and second-factor reset all raise the epoch (Account), so the
        // epoch alone also catches a deactivation undone by a reactivation.
        return accounts.findById(signedIn.id())
            .filter(Account::active)
            .filter(a -> a.sessionEpoch() == signedIn.sessionEpoch())
            .isPresent();
    }
}
