package ace.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ace.catalogue.AssistanceForm;
import ace.catalogue.Catalogue;
import ace.catalogue.ItemKind;
import ace.catalogue.Party;
import ace.catalogue.SubjectArea;
import ace.directory.UnRegion;

/** A provider's subscriptions and the notifications they bring (in the ACE inbox). */
@Controller
@PreAuthorize("isAuthenticated()")
class SubscriptionController {

    private final Subscriptions subscriptions;
    private final Catalogue catalogue;

    SubscriptionController(Subscriptions subscriptions, Catalogue catalogue) {
        this.subscriptions = subscriptions;
        this.catalogue = catalogue;
    }

    private Party party() {
        return catalogue.ownParty(ItemKind.OFFER)
            .orElseThrow(() -> new AccessDeniedException("subscriptions belong to a State or an organisation"));
    }

    @GetMapping("/notifications")
    String inbox(Model model) {
        Party party = party();
        model.addAttribute("notifications", subscriptions.inbox(party));
        model.addAttribute("subscriptions", subscriptions.of(party));
        model.addAttribute("subjectAreas", SubjectArea.values());
        model.addAttribute("forms", AssistanceForm.values());
        model.addAttribute("regions", UnRegion.values());
        return "matching/notifications";
    }

    @PostMapping("/subscriptions")
    String subscribe(@RequestParam(required = false) List<SubjectArea> fields,
            @RequestParam(required = false) List<UnRegion> regions, @RequestParam(defaultValue = "50") int threshold,
            RedirectAttributes redirect) {
        Set<String> f = new LinkedHashSet<>();
        if (fields != null) {
            fields.forEach(v -> f.add(v.name()));
        }
        Set<String> r = new LinkedHashSet<>();
        if (regions != null) {
            regions.forEach(v -> r.add(v.name()));
        }
        subscriptions.subscribe(party(), f, r, threshold);
        redirect.addFlashAttribute("done", "subscription.saved");
        return "redirect:/notifications";
    }

    @PostMapping("/subscriptions/{id}/delete")
    String unsubscribe(@PathVariable long id, RedirectAttributes redirect) {
        subscriptions.unsubscribe(party(), id);
        redirect.addFlashAttribute("done", "subscription.deleted");
        return "redirect:/notifications";
    }
}
