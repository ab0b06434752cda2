package ace.identity;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ace.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** A signed-in person's own second factor: enrol, renew, or (outside the ISU) remove it. */
@Controller
class AccountSecurityController {

    private final Identity identity;
    private final SecondFactors secondFactors;
    private final SignInFlow flow;

    AccountSecurityController(Identity identity, SecondFactors secondFactors, SignInFlow flow) {
        this.identity = identity;
        this.secondFactors = secondFactors;
        this.flow = flow;
    }

    @GetMapping("/account/security")
    String security(Model model) {
        CurrentUser me = me();
        AccountPrincipal principal = secondFactors.principal(me.id());
        model.addAttribute("enrolled", principal.secondFactor());
        model.addAttribute("remaining", secondFactors.remaining(me.id()));
        model.addAttribute("mandatory", me.role().requiresSecondFactor());
        return "identity/security";
    }

    @GetMapping("/account/security/enrol")
    String enrol(HttpSession session, Model model) {
        return SignInController.enrolmentPage(session, model, me().email(), "/account/security/enrol");
    }

    @PostMapping("/account/security/enrol")
    String confirm(@RequestParam String code, HttpSession session, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        CurrentUser me = me();
        String secret = (String) session.getAttribute(SignInController.ENROL_SECRET);
        if (secret == null) {
            return "redirect:/account/security/enrol";
        }
        List<String> codes = secondFactors.enrol(me.id(), secret, code);
        if (codes.isEmpty()) {
            model.addAttribute("invalid", true);
            return SignInController.enrolmentPage(session, model, me.email(), "/account/security/enrol");
        }
        session.removeAttribute(SignInController.ENROL_SECRET);
        flow.refresh(request, response, me.id());
        model.addAttribute("codes", codes);
        return "identity/recovery-codes";
    }

    @PostMapping("/account/security/remove")
    String remove(RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser me = me();
        if (me.role().requiresSecondFactor()) {
            redirect.addFlashAttribute("refused", true);
            return "redirect:/account/security";
        }
        secondFactors.reset(me.id());
        flow.refresh(request, response, me.id());
        redirect.addFlashAttribute("removed", true);
        return "redirect:/account/security";
    }

    private CurrentUser me() {
        return identity.current().orElseThrow(() -> new NotFoundException("not signed in"));
    }
}
