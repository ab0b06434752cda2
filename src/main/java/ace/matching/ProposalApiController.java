package ace.matching;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ace.catalogue.NotAllowedException;
import ace.matching.Proposal.ProposalRefused;

/**
 * {@code /api/v1/proposals}: the loop for machine clients — propose (or record after the fact),
 * answer, withdraw, plan and report, with the same rules as the pages.
 */
@RestController
class ProposalApiController {

    private final Proposals proposals;
    private final MessageSource messages;

    ProposalApiController(Proposals proposals, MessageSource messages) {
        this.proposals = proposals;
        this.messages = messages;
    }

    record Open(String request, String offer, Boolean afterTheFact) {
    }

    record Decline(String reason) {
    }

    record Plan(LocalDate start, LocalDate end) {
    }

    record Report(Proposal.Delivery delivery, String delivered, Integer women, Integer men, Integer other,
            String requesterFeedback,
            String providerFeedback, String lessons) {
    }

    @GetMapping("/api/v1/proposals")
    List<Map<String, Object>> mine() {
        return proposals.mine().stream().map(ProposalApiController::body).toList();
    }

    @GetMapping("/api/v1/proposals/{id}")
    Map<String, Object> one(@PathVariable long id) {
        return body(proposals.visible(id));
    }

    @PostMapping("/api/v1/proposals")
    ResponseEntity<Map<String, Object>> open(@RequestBody Open body) {
        if (body.request() == null || body.offer() == null) {
            throw new IllegalArgumentException("request and offer are required");
        }
        long id = Boolean.TRUE.equals(body.afterTheFact()) ? proposals.recordAfterTheFact(body.request(), body.offer())
                : proposals.propose(body.request(), body.offer());
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + id)).body(body(proposals.visible(id)));
    }

    @PostMapping("/api/v1/proposals/{id}/accept")
    Map<String, Object> accept(@PathVariable long id) {
        proposals.accept(id);
        return body(proposals.visible(id));
    }

    @PostMapping("/api/v1/proposals/{id}/decline")
    Map<String, Object> decline(@PathVariable long id, @RequestBody Decline body) {
        proposals.decline(id, body.reason() == null ? "" : body.reason());
        return body(proposals.visible(id));
    }

    @PostMapping("/api/v1/proposals/{id}/withdraw")
    Map<String, Object> withdraw(@PathVariable long id) {
        proposals.withdraw(id);
        return body(proposals.visible(id));
    }

    @PostMapping("/api/v1/proposals/{id}/plan")
    Map<String, Object> plan(@PathVariable long id, @RequestBody Plan body) {
        if (body.start() == null || body.end() == null) {
            throw new ProposalRefused("proposal.plan.datesRequired");
        }
        proposals.plan(id, body.start(), body.end());
        return body(proposals.visible(id));
    }

    @PostMapping("/api/v1/proposals/{id}/report")
    Map<String, Object> report(@PathVariable long id, @RequestBody Report body) {
        proposals.report(id, new Proposal.Outcome(body.delivery() == null ? Proposal.Delivery.DELIVERED : body.delivery(),
                body.delivered(), new Proposal.Participants(zero(body.women()), zero(body.men()), zero(body.other())),
                body.requesterFeedback(), body.providerFeedback(), body.lessons()));
        return body(proposals.visible(id));
    }

    record Feedback(String feedback, String lessons) {
    }

    @PostMapping("/api/v1/proposals/{id}/feedback")
    Map<String, Object> feedback(@PathVariable long id, @RequestBody Feedback body) {
        proposals.feedback(id, body.feedback(), body.lessons());
        return body(proposals.visible(id));
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    static Map<String, Object> body(StoredProposal stored) {
        Proposal p = stored.proposal();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", stored.id());
        body.put("request", stored.requestRef());
        body.put("offer", stored.offerRef());
        body.put("status", p.status().name());
        body.put("proposedBy", p.proposedBy().name());
        body.put("recordedAfterTheFact", p.recordedAfterTheFact());
        body.put("requesterAnswer", p.requesterAnswer() == null ? null : p.requesterAnswer().name());
        body.put("providerAnswer", p.providerAnswer() == null ? null : p.providerAnswer().name());
        body.put("declineReason", p.declineReason());
        body.put("plannedStart", p.plannedStart() == null ? null : p.plannedStart().toString());
        body.put("plannedEnd", p.plannedEnd() == null ? null : p.plannedEnd().toString());
        if (p.outcome() != null) {
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("delivery", p.outcome().delivery().name());
            outcome.put("delivered", p.outcome().delivered());
            outcome.put("women", p.outcome().participants().women());
            outcome.put("men", p.outcome().participants().men());
            outcome.put("other", p.outcome().participants().other());
            outcome.put("requesterFeedback", p.outcome().requesterFeedback());
            outcome.put("providerFeedback", p.outcome().providerFeedback());
            outcome.put("lessons", p.outcome().lessons());
            body.put("outcome", outcome);
        }
        body.put("history", p.history().stream().map(step -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("at", step.at().toString());
            line.put("event", step.event());
            line.put("side", step.side() == null ? null : step.side().name());
            line.put("detail", step.detail());
            return line;
        }).toList());
        return body;
    }

    @ExceptionHandler(ProposalRefused.class)
    ProblemDetail refused(ProposalRefused e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.key(), null, e.key(), locale));
        problem.setTitle("Not allowed in this state");
        problem.setProperty("code", e.key());
        return problem;
    }

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail notAllowed(NotAllowedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }
}
