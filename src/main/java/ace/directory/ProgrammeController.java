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

import ace.shared.NotFoundException;

/** A provider's page with its programmes and how to ask (R5, R14, R20); programmes edited by the ISU. */
@Controller
class ProgrammeController {

    private final Directory directory;

    ProgrammeController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable long id, Model model) {
        model.addAttribute("organisation", directory.organisation(id)
            .orElseThrow(() -> new NotFoundException("Organisation " + id)));
        model.addAttribute("details", directory.organisationDetails(id));
        model.addAttribute("programmes", directory.programmesOf(id));
        return "directory/organisation";
    }

    @GetMapping("/admin/organisations/{id}/programmes/new")
    @PreAuthorize("hasAnyRole('ISU_ADMIN','ISU_OFFICER')")
    String create(@PathVariable long id, Model model) {
        model.addAttribute("form", new ProgrammeDetails("", "", "", "", "", 0));
        return page(model, id, null);
    }

    @PostMapping("/admin/organisations/{id}/programmes/new")
    @PreAuthorize("hasAnyRole('ISU_ADMIN','ISU_OFFICER')")
    String register(@PathVariable long id, @Validated @ModelAttribute("form") ProgrammeDetails form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model, id, null);
        }
        try {
            directory.registerProgramme(id, form);
        }
        catch (DuplicateAcronymException e) {
            result.rejectValue("code", "programmes.code.taken");
            return page(model, id, null);
        }
        redirect.addFlashAttribute("saved", form.name());
        return "redirect:/organisations/" + id;
    }

    @GetMapping("/admin/programmes/{programme}")
    @PreAuthorize("hasAnyRole('ISU_ADMIN','ISU_OFFICER')")
    String edit(@PathVariable long programme, Model model) {
        ProgrammeRef ref = directory.programme(programme).orElseThrow(() -> new NotFoundException("programme"));
        model.addAttribute("form", directory.programmeDetails(programme));
        return page(model, ref.organisationId(), programme);
    }

    @PostMapping("/admin/programmes/{programme}")
    @PreAuthorize("hasAnyRole('ISU_ADMIN','ISU_OFFICER')")
    String update(@PathVariable long programme, @Validated @ModelAttribute("form") ProgrammeDetails form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ProgrammeRef ref = directory.programme(programme).orElseThrow(() -> new NotFoundException("programme"));
        if (result.hasErrors()) {
            return page(model, ref.organisationId(), programme);
        }
        try {
            directory.updateProgramme(programme, form);
        }
        catch (DuplicateAcronymException e) {
            result.rejectValue("code", "programmes.code.taken");
            return page(model, ref.organisationId(), programme);
        }
        catch (ConcurrentChangeException e) {
            result.reject("form.conflict");
            return page(model, ref.organisationId(), programme);
        }
        redirect.addFlashAttribute("saved", form.name());
        return "redirect:/organisations/" + ref.organisationId();
    }

    private String page(Model model, long organisationId, Long programme) {
        model.addAttribute("organisation", directory.organisation(organisationId)
            .orElseThrow(() -> new NotFoundException("Organisation " + organisationId)));
        model.addAttribute("programmeId", programme);
        return "directory/programme-form";
    }
}
