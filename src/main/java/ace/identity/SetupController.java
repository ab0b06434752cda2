package ace.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ace.shared.NotFoundException;

/** First-run setup: the one-time link creates the first ISU administrator. */
@Controller
class SetupController {

    private final FirstRunSetup setup;
    private final Identity identity;

    SetupController(FirstRunSetup setup, Identity identity) {
        this.setup = setup;
        this.identity = identity;
    }

    @GetMapping("/setup")
    String form(@RequestParam(required = false) @Nullable String token, Model model) {
        if (!setup.valid(token)) {
            throw new NotFoundException("setup");
        }
        model.addAttribute("token", token);
        return "identity/setup";
    }

    @PostMapping("/setup")
    String create(@RequestParam String token, @RequestParam String email,
            @RequestParam(defaultValue = "") String displayName, @RequestParam String password,
            @RequestParam String confirmation, Model model) {
        if (!setup.valid(token)) {
            throw new NotFoundException("setup");
        }
        String problem = null;
        if (!password.equals(confirmation)) {
            problem = "password.mismatch";
        }
        else {
            try {
                synchronized (setup) {
                    if (!setup.valid(token)) {
                        throw new NotFoundException("setup");
                    }
                    identity.create(new NewAccount(email, displayName, Role.ISU_ADMIN, null, null), password);
                    setup.consumed();
                }
            }
            catch (AccountProblem e) {
                problem = e.key();
            }
        }
        if (problem != null) {
            model.addAttribute("token", token);
            model.addAttribute("email", email);
            model.addAttribute("displayName", displayName);
            model.addAttribute("problem", problem);
            return "identity/setup";
        }
        return "redirect:/login?setup";
    }
}
