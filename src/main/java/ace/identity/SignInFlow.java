package ace.identity;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The steps after a correct password: owe the second factor (or enrol one, for ISU staff),
 * then complete the sign-in with a fresh session id.
 */
class SignInFlow implements AuthenticationSuccessHandler {

    private final SecurityContextRepository repository;
    private final SecondFactors secondFactors;
    private final SavedRequestAwareAuthenticationSuccessHandler destination =
            new SavedRequestAwareAuthenticationSuccessHandler();

    private final org.springframework.web.servlet.LocaleResolver locales;

    SignInFlow(SecurityContextRepository repository, SecondFactors secondFactors,
            org.springframework.web.servlet.LocaleResolver locales) {
        this.locales = locales;
        this.repository = repository;
        this.secondFactors = secondFactors;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        if (principal.secondFactor()) {
            pending(request, response, new PendingSecondFactor(principal, PendingSecondFactor.Step.VERIFY));
            response.sendRedirect(request.getContextPath() + "/login/second-factor");
        }
        else if (principal.role().requiresSecondFactor()) {
            pending(request, response, new PendingSecondFactor(principal, PendingSecondFactor.Step.ENROL));
            response.sendRedirect(request.getContextPath() + "/login/enrol");
        }
        else {
            complete(request, response, principal.id());
            destination.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
        }
    }

    /** Replaces whatever is in the session with the full authentication of the account. */
    void complete(HttpServletRequest request, HttpServletResponse response, long accountId) {
        request.changeSessionId();
        refresh(request, response, accountId);
        // The language she signs in with is the one ACE's mail will speak to her.
        secondFactors.signedIn(accountId, ace.shared.Language.of(locales.resolveLocale(request)).code());
    }

    /** The person changed her own account (second factor): the session holds the account as it is now. */
    void refresh(HttpServletRequest request, HttpServletResponse response, long accountId) {
        AccountPrincipal fresh = secondFactors.principal(accountId);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    private void pending(HttpServletRequest request, HttpServletResponse response, PendingSecondFactor pending) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    static PendingSecondFactor pendingOrNull(Authentication authentication) {
        return authentication instanceof PendingSecondFactor pending ? pending : null;
    }

    void sendToSavedRequestOrHome(HttpServletRequest request, HttpServletResponse response) throws IOException,
            jakarta.servlet.ServletException {
        destination.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
    }
}
