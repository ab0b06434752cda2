package ace.identity;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ace.shared.NotFoundException;

/** The page an invited person opens from her e-mail to choose a password. */
@Controller
class InvitationController {

    private final AccountAdministration administration;

    InvitationController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/invitation/{token}")
    String open(@PathVariable String token, Model model) {
        String email = administration.invitedEmail(token).orElseThrow(() -> new NotFoundException("invitation"));
        model.addAttribute("email", email);
        model.addAttribute("token", token);
        return "identity/invitation";
    }

    @PostMapping("/invitation/{token}")
    String accept(@PathVariable String token, @RequestParam String password, @RequestParam String confirmation,
            Model model) {
        String email = administration.invitedEmail(token).orElseThrow(() -> new NotFoundException("invitation"));
        Optional<String> refusal = administration.acceptInvitation(token, password, confirmation);
        if (refusal.isPresent()) {
            model.addAttribute("email", email);
            model.addAttribute("token", token);
            model.addAttribute("problem", refusal.get());
            return "identity/invitation";
        }
        return "redirect:/login?welcome";
    }
}
