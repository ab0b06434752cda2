package ace.directory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisations registry: public list, maintained by the ISU. */
@Controller
class OrganisationController {

    private final Directory directory;

    OrganisationController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/organisations")
    String list(Model model) {
        model.addAttribute("organisations", directory.organisations());
        return "directory/organisations";
    }

    @GetMapping("/admin/organisations/new")
    @PreAuthorize("hasAnyRole('ISU_ADMIN','ISU_OFFICER')")
    String create(Model model) {
        model.addAttribute("form", new OrganisationDetails("", "", OrganisationKind.UN_ENTITY, "", "", 0));
        return form(model, null);
    }

    @PostMapping("/admin/organisations/new")
    @PreAuthorize("hasAnyRole('ISU_ADMIN','ISU_OFFICER')")
    String register(@Validated @ModelAttribute("form") OrganisationDetails form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            directory.registerOrganisation(form);
        }
        catch (DuplicateAcronymException e) {
            result.rejectValue("acronym", "organisation.acronym.taken");
            return form(model, null);
        }
        redirect.addFlashAttribute("saved", form.acronym());
        return "redirect:/organisations";
    }

    @GetMapping("/admin/organisations/{id}")
    @PreAuthorize("hasAnyRole('ISU_ADMIN','ISU_OFFICER')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", directory.organisationDetails(id));
        return form(model, id);
    }

    @PostMapping("/admin/organisations/{id}")
    @PreAuthorize("hasAnyRole('ISU_ADMIN','ISU_OFFICER')")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") OrganisationDetails form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            directory.updateOrganisation(id, form);
        }
        catch (DuplicateAcronymException e) {
            result.rejectValue("acronym", "organisation.acronym.taken");
            return form(model, id);
        }
        catch (ConcurrentChangeException e) {
            result.reject("form.conflict");
            return form(model, id);
        }
        redirect.addFlashAttribute("saved", form.acronym());
        return "redirect:/organisations";
    }

    private String form(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("kinds", OrganisationKind.values());
        return "directory/organisation-form";
    }
}
