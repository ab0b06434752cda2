package ace.identity;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ace.shared.NotFoundException;

/** A person's own personal API tokens: create (shown once), see when last used, revoke. */
@Controller
class TokenController {

    private final Identity identity;
    private final ApiTokens tokens;
    private final Accounts accounts;
    private final AccountAdministration administration;

    TokenController(Identity identity, ApiTokens tokens, Accounts accounts, AccountAdministration administration) {
        this.identity = identity;
        this.tokens = tokens;
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.findByAccountIdOrderByCreatedAtDesc(me().id()).stream()
            .map(t -> new TokenRow(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.revokedAt()))
            .toList());
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        if (name.strip().length() > 100) {
            redirect.addFlashAttribute("nameTooLong", true);
            return "redirect:/account/tokens";
        }
        Account account = accounts.findById(me().id()).orElseThrow();
        redirect.addFlashAttribute("newToken", identity.issueToken(account, name));
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("revoked", administration.revokeToken(me().id(), id));
        return "redirect:/account/tokens";
    }

    private CurrentUser me() {
        return identity.current().orElseThrow(() -> new NotFoundException("not signed in"));
    }

    record TokenRow(long id, String name, java.time.Instant createdAt, java.time.Instant lastUsedAt,
            java.time.Instant revokedAt) {
    }
}
