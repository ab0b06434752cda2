package ace.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ace.shared.Language;
import ace.shared.NotFoundException;

/** The public list of States and the ISU administrator's correction form. */
@Controller
class StateController {

    private final Directory directory;

    StateController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/states")
    String list(@RequestParam(required = false) @Nullable UnRegion region,
            @RequestParam(required = false) @Nullable BwcStatus status,
            @RequestParam(required = false) @Nullable BwcGroup group, Locale locale, Model model) {
        List<StateView> states = directory.states(locale).stream()
            .filter(s -> region == null || s.unRegion() == region)
            .filter(s -> status == null || s.bwcStatus() == status)
            .filter(s -> group == null || s.bwcGroup() == group)
            .toList();
        model.addAttribute("states", states);
        model.addAttribute("regions", UnRegion.values());
        model.addAttribute("statuses", BwcStatus.values());
        model.addAttribute("groups", BwcGroup.values());
        model.addAttribute("region", region);
        model.addAttribute("status", status);
        model.addAttribute("group", group);
        return "directory/states";
    }

    @GetMapping("/admin/states/{code}")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String edit(@PathVariable String code, Model model) {
        StateView state = directory.stateAsStored(code).orElseThrow(() -> new NotFoundException("State " + code));
        model.addAttribute("state", state);
        model.addAttribute("version", directory.stateVersion(state.code()));
        model.addAttribute("languages", Language.values());
        addChoices(model);
        return "directory/state-edit";
    }

    @PostMapping("/admin/states/{code}")
    @PreAuthorize("hasRole('ISU_ADMIN')")
    String correct(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        StateView state = directory.stateAsStored(code).orElseThrow(() -> new NotFoundException("State " + code));
        Map<String, String> names = new LinkedHashMap<>();
        List<String> errors = new java.util.ArrayList<>();
        for (Language language : Language.values()) {
            String name = form.getOrDefault("name_" + language.code(), "").strip();
            if (name.isEmpty() || name.length() > 200) {
                errors.add("name_" + language.code());
            }
            names.put(language.code(), name);
        }
        UnRegion region = parse(UnRegion.class, form.get("unRegion"), errors, "unRegion");
        BwcStatus status = parse(BwcStatus.class, form.get("bwcStatus"), errors, "bwcStatus");
        BwcGroup group = parse(BwcGroup.class, form.get("bwcGroup"), errors, "bwcGroup");
        long version = parseVersion(form.get("version"));
        if (!errors.isEmpty()) {
            model.addAttribute("state", new StateView(state.code(), names, state.unMembership(),
                    region == null ? state.unRegion() : region, status == null ? state.bwcStatus() : status,
                    group == null ? state.bwcGroup() : group));
            model.addAttribute("version", version);
            model.addAttribute("errors", errors);
            model.addAttribute("languages", Language.values());
            addChoices(model);
            return "directory/state-edit";
        }
        try {
            directory.correctState(state.code(), new StateCorrection(names, region, status, group, version));
        }
        catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("conflict", true);
            return "redirect:/admin/states/" + state.code();
        }
        redirect.addFlashAttribute("saved", state.code());
        return "redirect:/states";
    }

    private static void addChoices(Model model) {
        model.addAttribute("regions", UnRegion.values());
        model.addAttribute("statuses", BwcStatus.values());
        model.addAttribute("groups", BwcGroup.values());
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, List<String> errors,
            String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        }
        catch (IllegalArgumentException e) {
            errors.add(field);
            return null;
        }
    }

    private static long parseVersion(@Nullable String value) {
        try {
            return value == null ? -1 : Long.parseLong(value);
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }
}
