package ace.catalogue;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ace.shared.Actors;
import ace.shared.NotFoundException;

/** The ISU uploads an interchange document; it is imported in the background with a progress bar. */
@Controller
@PreAuthorize("hasAnyRole('ISU_ADMIN','ISU_OFFICER')")
class ImportController {

    static final long MAX_DOCUMENT = 200L * 1024 * 1024;

    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportController(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping("/admin/import")
    String form() {
        return "catalogue/import";
    }

    @PostMapping("/admin/import")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("empty", true);
            return "catalogue/import";
        }
        String id = jobs.start(Actors.current(), String.valueOf(file.getOriginalFilename()), file.getBytes());
        return "redirect:/admin/import/" + id;
    }

    @GetMapping("/admin/import/{id}")
    String progress(@PathVariable String id, Locale locale, Model model) {
        ImportJobs.Job job = jobs.find(id, Actors.current()).orElseThrow(() -> new NotFoundException("import " + id));
        model.addAttribute("job", job);
        model.addAttribute("lines", job.getProblems().stream()
            .map(p -> ProblemMessages.line(p, messages, locale)).toList());
        return "catalogue/import-progress";
    }
}
