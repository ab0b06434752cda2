package ace.matching;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ace.catalogue.Catalogue;
import ace.catalogue.NotAllowedException;
import ace.matching.Proposal.ProposalRefused;

/** Proposals in the browser: propose, record after the fact, answer, withdraw, plan, report. */
@Controller
@PreAuthorize("isAuthenticated()")
class ProposalController {

    private final Proposals proposals;
    private final Catalogue catalogue;
    private final StepText steps;

    ProposalController(Proposals proposals, Catalogue catalogue, StepText steps) {
        this.proposals = proposals;
        this.catalogue = catalogue;
        this.steps = steps;
    }

    @GetMapping("/proposals")
    String list(Model model) {
        model.addAttribute("proposals", proposals.mine());
        return "matching/proposals";
    }

    @GetMapping("/proposals/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        StoredProposal stored = proposals.visible(id);
        var viewer = catalogue.viewer();
        model.addAttribute("p", stored);
        model.addAttribute("proposal", stored.proposal());
        model.addAttribute("steps", steps.say(stored.proposal(), locale));
        model.addAttribute("side", proposals.sideIn(stored).map(Enum::name).orElse(""));
        model.addAttribute("request", catalogue.find(stored.requestRef(), viewer).orElse(null));
        model.addAttribute("offer", catalogue.find(stored.offerRef(), viewer).orElse(null));
        model.addAttribute("requestTitle", title(stored.requestRef(), locale));
        model.addAttribute("offerTitle", title(stored.offerRef(), locale));
        return "matching/proposal";
    }

    private String title(String ref, Locale locale) {
        // A restricted item stops being visible to the other side when the proposal is declined or withdrawn.
        return catalogue.find(ref, catalogue.viewer())
            .map(item -> item.content().textFor(locale.getLanguage()).getValue().title()).orElse(ref);
    }

    @PostMapping("/proposals")
    String propose(@RequestParam String request, @RequestParam String offer, RedirectAttributes redirect) {
        return outcome(() -> proposals.propose(request.strip(), offer.strip()), redirect, "proposal.done.proposed");
    }

    @PostMapping("/proposals/record")
    String record(@RequestParam String request, @RequestParam String offer, RedirectAttributes redirect) {
        return outcome(() -> proposals.recordAfterTheFact(request.strip(), offer.strip()), redirect,
                "proposal.done.recorded");
    }

    private String outcome(java.util.function.LongSupplier action, RedirectAttributes redirect, String done) {
        try {
            long id = action.getAsLong();
            redirect.addFlashAttribute("done", done);
            return "redirect:/proposals/" + id;
        }
        catch (ProposalRefused refused) {
            redirect.addFlashAttribute("problem", refused.key());
            return "redirect:/proposals";
        }
        catch (NotAllowedException | ace.shared.NotFoundException e) {
            redirect.addFlashAttribute("problem", "proposal.notAParty");
            return "redirect:/proposals";
        }
    }

    @PostMapping("/proposals/{id}/{action:accept|withdraw}")
    String simple(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect) {
        return step(id, redirect, "proposal.done." + action, () -> {
            if (action.equals("accept")) {
                proposals.accept(id);
            }
            else {
                proposals.withdraw(id);
            }
        });
    }

    @PostMapping("/proposals/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return step(id, redirect, "proposal.done.decline", () -> proposals.decline(id, reason));
    }

    @PostMapping("/proposals/{id}/plan")
    String plan(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate end,
            RedirectAttributes redirect) {
        if (start == null || end == null) {
            redirect.addFlashAttribute("problem", "proposal.plan.datesRequired");
            return "redirect:/proposals/" + id;
        }
        return step(id, redirect, "proposal.done.plan", () -> proposals.plan(id, start, end));
    }

    @PostMapping("/proposals/{id}/report")
    String report(@PathVariable long id, @RequestParam(defaultValue = "DELIVERED") Proposal.Delivery delivery,
            @RequestParam(defaultValue = "") String delivered, @RequestParam(defaultValue = "0") int women,
            @RequestParam(defaultValue = "0") int men, @RequestParam(defaultValue = "0") int other,
            @RequestParam(defaultValue = "") String requesterFeedback,
            @RequestParam(defaultValue = "") String providerFeedback, @RequestParam(defaultValue = "") String lessons,
            RedirectAttributes redirect) {
        return step(id, redirect, "proposal.done.report", () -> proposals.report(id, new Proposal.Outcome(delivery,
                limit(delivered), new Proposal.Participants(women, men, other), blank(requesterFeedback),
                blank(providerFeedback), blank(lessons))));
    }

    @PostMapping("/proposals/{id}/feedback")
    String feedback(@PathVariable long id, @RequestParam(defaultValue = "") String feedback,
            @RequestParam(defaultValue = "") String lessons, RedirectAttributes redirect) {
        return step(id, redirect, "proposal.done.feedback", () -> proposals.feedback(id, limit(feedback), limit(lessons)));
    }

    private String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        }
        catch (ProposalRefused refused) {
            redirect.addFlashAttribute("problem", refused.key());
        }
        catch (NotAllowedException notAParty) {
            throw new AccessDeniedException("not a party");
        }
        return "redirect:/proposals/" + id;
    }

    private static @Nullable String blank(String value) {
        return value.isBlank() ? null : limit(value);
    }

    private static String limit(String value) {
        String stripped = value.strip();
        return stripped.length() > 4000 ? stripped.substring(0, 4000) : stripped;
    }
}
