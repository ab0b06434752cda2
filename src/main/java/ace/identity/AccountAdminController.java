package ace.identity;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ace.directory.Directory;
import ace.shared.Language;

/** The ISU administrator's account management: invite, change role, deactivate, reactivate, reset second factor. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ISU_ADMIN')")
class AccountAdminController {

    private final AccountAdministration administration;
    private final Directory directory;

    AccountAdminController(AccountAdministration administration, Directory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", administration.accounts());
        model.addAttribute("acronyms", directory.organisations().stream()
            .collect(java.util.stream.Collectors.toMap(o -> o.id(), o -> o.acronym())));
        return "identity/accounts";
    }

    @GetMapping("/invite")
    String inviteForm(Model model, Locale locale) {
        model.addAttribute("form", new InviteForm("", "", Role.NATIONAL_CONTACT_POINT, "", "", locale.getLanguage()));
        return invitePage(model, locale);
    }

    @PostMapping("/invite")
    String invite(@ModelAttribute("form") InviteForm form, Model model, Locale locale, RedirectAttributes redirect) {
        Language language = Language.of(form.language() == null ? "en" : form.language()).orElse(Language.EN);
        try {
            administration.invite(new NewAccount(form.email(), form.displayName(), form.role(), form.state(),
                    form.organisation()), language.locale());
        }
        catch (AccountProblem problem) {
            model.addAttribute("problem", problem.key());
            return invitePage(model, locale);
        }
        redirect.addFlashAttribute("invited", form.email());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        try {
            administration.deactivate(id);
            redirect.addFlashAttribute("done", "accounts.deactivated");
        }
        catch (AccountProblem problem) {
            redirect.addFlashAttribute("problem", problem.key());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        administration.reactivate(id);
        redirect.addFlashAttribute("done", "accounts.reactivated");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/reset-second-factor")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        administration.resetSecondFactor(id);
        redirect.addFlashAttribute("done", "accounts.secondFactorReset");
        return "redirect:/admin/accounts";
    }

    @GetMapping("/{id}/role")
    String roleForm(@PathVariable long id, Model model, Locale locale) {
        var row = administration.row(id);
        String acronym = row.organisationId() == null ? "" : directory.organisations().stream()
            .filter(o -> o.id() == row.organisationId()).map(o -> o.acronym()).findFirst().orElse("");
        model.addAttribute("account", row);
        model.addAttribute("form", new RoleForm(row.role(), row.stateCode() == null ? "" : row.stateCode(), acronym));
        return rolePage(model, locale);
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @ModelAttribute("form") RoleForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            administration.changeRole(id, form.role(), form.state(), form.organisation());
        }
        catch (AccountProblem problem) {
            model.addAttribute("account", administration.row(id));
            model.addAttribute("problem", problem.key());
            return rolePage(model, locale);
        }
        redirect.addFlashAttribute("done", "accounts.roleChanged");
        return "redirect:/admin/accounts";
    }

    private String rolePage(Model model, Locale locale) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("states", directory.states(locale));
        model.addAttribute("organisations", directory.organisations());
        return "identity/role";
    }

    record RoleForm(Role role, String state, String organisation) {
    }

    private String invitePage(Model model, Locale locale) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("states", directory.states(locale));
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("languages", Language.values());
        return "identity/invite";
    }

    record InviteForm(String email, String displayName, Role role, String state, String organisation,
            String language) {
    }
}
