package ace.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Auditors (and the ISU administrator) browse and filter the audit log and check the chain. */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR','ISU_ADMIN')")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String browse(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean verify,
            Model model) {
        AuditFilter filter = new AuditFilter(actor, action, subject,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        int current = Math.max(page, 0);
        long total = log.count(filter);
        model.addAttribute("entries", log.search(filter, current * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("subject", subject);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (verify) {
            model.addAttribute("verified", true);
            model.addAttribute("chainBreak", log.verify().orElse(null));
        }
        return "audit/log";
    }
}
