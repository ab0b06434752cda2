package ace.identity;

import java.io.IOException;
import java.util.List;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** The sign-in page and its second step: a TOTP code, or enrolment for ISU staff without one. */
@Controller
class SignInController {

    static final String ENROL_SECRET = "ace.enrol.secret";

    private final SecondFactors secondFactors;
    private final SignInFlow flow;
    private final LoginThrottle throttle;

    SignInController(SecondFactors secondFactors, SignInFlow flow, LoginThrottle throttle) {
        this.secondFactors = secondFactors;
        this.flow = flow;
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String signIn() {
        return "identity/login";
    }

    @GetMapping("/login/second-factor")
    String secondFactor() {
        return pending(PendingSecondFactor.Step.VERIFY) == null ? "redirect:/login" : "identity/second-factor";
    }

    @PostMapping("/login/second-factor")
    String verify(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model)
            throws IOException, ServletException {
        PendingSecondFactor pending = pending(PendingSecondFactor.Step.VERIFY);
        if (pending == null) {
            return "redirect:/login";
        }
        String email = pending.getPrincipal().email();
        String address = request.getRemoteAddr();
        if (throttle.blocked(email, address)) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/login?throttled";
        }
        if (!secondFactors.verify(pending.getPrincipal().id(), code)) {
            throttle.failed(email, address);
            model.addAttribute("invalid", true);
            return "identity/second-factor";
        }
        throttle.succeeded(email);
        flow.complete(request, response, pending.getPrincipal().id());
        flow.sendToSavedRequestOrHome(request, response);
        return null;
    }

    @GetMapping("/login/enrol")
    String enrol(HttpSession session, Model model) {
        PendingSecondFactor pending = pending(PendingSecondFactor.Step.ENROL);
        if (pending == null) {
            return "redirect:/login";
        }
        return enrolmentPage(session, model, pending.getPrincipal().email(), "/login/enrol");
    }

    @PostMapping("/login/enrol")
    String confirmEnrolment(@RequestParam String code, HttpSession session, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        PendingSecondFactor pending = pending(PendingSecondFactor.Step.ENROL);
        if (pending == null || session.getAttribute(ENROL_SECRET) == null) {
            return "redirect:/login";
        }
        List<String> codes = secondFactors.enrol(pending.getPrincipal().id(),
                (String) session.getAttribute(ENROL_SECRET), code);
        if (codes.isEmpty()) {
            model.addAttribute("invalid", true);
            return enrolmentPage(session, model, pending.getPrincipal().email(), "/login/enrol");
        }
        session.removeAttribute(ENROL_SECRET);
        flow.complete(request, response, pending.getPrincipal().id());
        model.addAttribute("codes", codes);
        return "identity/recovery-codes";
    }

    /** Shared by sign-in enrolment and the signed-in security page: QR code, secret, code field. */
    static String enrolmentPage(HttpSession session, Model model, String email, String action) {
        String secret = (String) session.getAttribute(ENROL_SECRET);
        if (secret == null) {
            secret = Secrets.totpSecret();
            session.setAttribute(ENROL_SECRET, secret);
        }
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
        model.addAttribute("qr", QrCode.svg(Totp.uri("ACE", email, secret)));
        model.addAttribute("action", action);
        return "identity/enrol";
    }

    private static PendingSecondFactor pending(PendingSecondFactor.Step step) {
        PendingSecondFactor pending = SignInFlow.pendingOrNull(SecurityContextHolder.getContext().getAuthentication());
        return pending != null && pending.step() == step ? pending : null;
    }
}
