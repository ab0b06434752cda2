package ace.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A proposed match between a request and an offer, and what became of it. The aggregate guards
 * its own state: each side answers once; when both have accepted the match is confirmed; a
 * confirmed match is planned, delivered and reported. A match arranged outside ACE is recorded
 * after the fact as already confirmed, so the statistics count it too.
 *
 * <pre>
 * PROPOSED ──(both accept)──▶ CONFIRMED ──plan──▶ PLANNED ──report──▶ REPORTED
 *    │ └─(a side declines, with a reason)──▶ DECLINED
 *    └─(the proposer withdraws)──▶ WITHDRAWN
 * </pre>
 */
public final class Proposal {

    public enum Side { REQUESTER, PROVIDER, ISU }

    public enum Status { PROPOSED, DECLINED, WITHDRAWN, CONFIRMED, PLANNED, REPORTED }

    public enum Answer { ACCEPTED, DECLINED }

    public enum Delivery { DELIVERED, PARTLY, NOT_DELIVERED }

    /** Participants trained, by gender (R19). */
    public record Participants(int women, int men, int other) {
        public Participants {
            if (women < 0 || men < 0 || other < 0) {
                throw new ProposalRefused("proposal.participants.negative");
            }
        }
    }

    /**
     * One line of the proposal's history: what happened ({@code event}: PROPOSED, RECORDED,
     * ACCEPTED, DECLINED, WITHDRAWN, CONFIRMED, PLANNED, REPORTED), by which side, with the decline
     * reason, the planned period ({@code start/end}) or the delivery code as {@code detail}.
     * Kept as codes so each reader sees it in her language.
     */
    public record Step(Instant at, String event, @Nullable Side side, @Nullable String detail) {

        /** One line of storage: tab-separated, the detail's own line breaks folded. */
        String stored() {
            return at + "\t" + event + "\t" + (side == null ? "" : side.name()) + "\t"
                    + (detail == null ? "" : detail.replaceAll("[\\t\\r\\n]+", " "));
        }

        static Step parse(String line) {
            String[] parts = line.split("\t", 4);
            if (parts.length == 4) {
                return new Step(Instant.parse(parts[0]), parts[1], parts[2].isEmpty() ? null : Side.valueOf(parts[2]),
                        parts[3].isEmpty() ? null : parts[3]);
            }
            // Lines written before steps had fields: "instant EVENT free text".
            String[] words = line.split(" ", 3);
            return new Step(Instant.parse(words[0]), words.length > 1 ? words[1] : "NOTE", null,
                    words.length > 2 ? words[2] : null);
        }
    }

    /** What was delivered, as reported at the end. */
    public record Outcome(Delivery delivery, String delivered, Participants participants, @Nullable String requesterFeedback,
            @Nullable String providerFeedback, @Nullable String lessons) {
    }

    private final long requestId;
    private final long offerId;
    private final Side proposedBy;
    private final boolean recordedAfterTheFact;
    private Status status;
    private @Nullable Answer requesterAnswer;
    private @Nullable Answer providerAnswer;
    private @Nullable String declineReason;
    private @Nullable LocalDate plannedStart;
    private @Nullable LocalDate plannedEnd;
    private @Nullable Outcome outcome;
    private final List<Step> history = new ArrayList<>();

    /** Rebuilds a stored proposal. */
    static Proposal restore(long requestId, long offerId, Side proposedBy, boolean afterTheFact, Status status,
            @Nullable Answer requesterAnswer, @Nullable Answer providerAnswer, @Nullable String declineReason,
            @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd, @Nullable Outcome outcome,
            List<Step> history) {
        Proposal p = new Proposal(requestId, offerId, proposedBy, afterTheFact, status);
        p.requesterAnswer = requesterAnswer;
        p.providerAnswer = providerAnswer;
        p.declineReason = declineReason;
        p.plannedStart = plannedStart;
        p.plannedEnd = plannedEnd;
        p.outcome = outcome;
        p.history.addAll(history);
        return p;
    }

    private Proposal(long requestId, long offerId, Side proposedBy, boolean afterTheFact, Status status) {
        this.requestId = requestId;
        this.offerId = offerId;
        this.proposedBy = proposedBy;
        this.recordedAfterTheFact = afterTheFact;
        this.status = status;
    }

    /** A side proposes; its own acceptance is implied (the ISU proposes for both, who then answer). */
    static Proposal propose(long requestId, long offerId, Side by, Instant now) {
        Proposal proposal = new Proposal(requestId, offerId, by, false, Status.PROPOSED);
        if (by == Side.REQUESTER) {
            proposal.requesterAnswer = Answer.ACCEPTED;
        }
        else if (by == Side.PROVIDER) {
            proposal.providerAnswer = Answer.ACCEPTED;
        }
        proposal.history.add(new Step(now, "PROPOSED", by, null));
        return proposal;
    }

    /** A match arranged outside ACE, recorded by either side or the ISU: confirmed from the start. */
    static Proposal recordAfterTheFact(long requestId, long offerId, Side by, Instant now) {
        Proposal proposal = new Proposal(requestId, offerId, by, true, Status.CONFIRMED);
        proposal.requesterAnswer = Answer.ACCEPTED;
        proposal.providerAnswer = Answer.ACCEPTED;
        proposal.history.add(new Step(now, "RECORDED", by, null));
        return proposal;
    }

    void accept(Side side, Instant now) {
        answer(side, Answer.ACCEPTED, null, now);
        if (requesterAnswer == Answer.ACCEPTED && providerAnswer == Answer.ACCEPTED) {
            status = Status.CONFIRMED;
            history.add(new Step(now, "CONFIRMED", null, null));
        }
    }

    void decline(Side side, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new ProposalRefused("proposal.decline.reasonRequired");
        }
        if (reason.strip().length() > 2000) {
            throw new ProposalRefused("proposal.text.tooLong");
        }
        answer(side, Answer.DECLINED, reason.strip(), now);
        status = Status.DECLINED;
    }

    private void answer(Side side, Answer answer, @Nullable String reason, Instant now) {
        require(Status.PROPOSED);
        if (side == Side.ISU) {
            throw new ProposalRefused("proposal.answer.partiesOnly");
        }
        if ((side == Side.REQUESTER ? requesterAnswer : providerAnswer) != null) {
            throw new ProposalRefused("proposal.answer.already");
        }
        if (side == Side.REQUESTER) {
            requesterAnswer = answer;
        }
        else {
            providerAnswer = answer;
        }
        declineReason = reason;
        history.add(new Step(now, answer.name(), side, reason));
    }

    void withdraw(Side side, Instant now) {
        require(Status.PROPOSED);
        if (side != proposedBy && side != Side.ISU) {
            throw new ProposalRefused("proposal.withdraw.proposerOnly");
        }
        status = Status.WITHDRAWN;
        history.add(new Step(now, "WITHDRAWN", side, null));
    }

    void plan(LocalDate start, LocalDate end, Instant now) {
        if (status != Status.CONFIRMED && status != Status.PLANNED) {
            throw new ProposalRefused("proposal.state.notConfirmed");
        }
        if (end.isBefore(start)) {
            throw new ProposalRefused("proposal.plan.endBeforeStart");
        }
        plannedStart = start;
        plannedEnd = end;
        status = Status.PLANNED;
        history.add(new Step(now, "PLANNED", null, start + "/" + end));
    }

    void report(Outcome reported, Instant now) {
        if (status != Status.CONFIRMED && status != Status.PLANNED) {
            throw new ProposalRefused("proposal.state.notConfirmed");
        }
        if (reported.delivered() == null || reported.delivered().isBlank()) {
            throw new ProposalRefused("proposal.outcome.deliveredRequired");
        }
        if (tooLong(reported.delivered()) || tooLong(reported.requesterFeedback())
                || tooLong(reported.providerFeedback()) || tooLong(reported.lessons())) {
            throw new ProposalRefused("proposal.text.tooLong");
        }
        outcome = reported;
        status = Status.REPORTED;
        history.add(new Step(now, "REPORTED", null, reported.delivery().name()));
    }

    /**
     * After the outcome is reported, each side gives or corrects its own feedback, and either
     * adds lessons: the report is often written by one side alone.
     */
    void feedback(Side side, String text, @Nullable String lessons, Instant now) {
        if (status != Status.REPORTED || outcome == null) {
            throw new ProposalRefused("proposal.feedback.notReported");
        }
        if (side == Side.ISU) {
            throw new ProposalRefused("proposal.answer.partiesOnly");
        }
        if (text == null || text.isBlank()) {
            throw new ProposalRefused("proposal.feedback.required");
        }
        if (tooLong(text) || tooLong(lessons)) {
            throw new ProposalRefused("proposal.text.tooLong");
        }
        Outcome o = outcome;
        String kept = lessons == null || lessons.isBlank() ? o.lessons() : lessons.strip();
        outcome = side == Side.REQUESTER
                ? new Outcome(o.delivery(), o.delivered(), o.participants(), text.strip(), o.providerFeedback(), kept)
                : new Outcome(o.delivery(), o.delivered(), o.participants(), o.requesterFeedback(), text.strip(), kept);
        history.add(new Step(now, "FEEDBACK", side, null));
    }

    /** The free texts of an outcome fit in 4,000 characters. */
    private static boolean tooLong(@Nullable String text) {
        return text != null && text.strip().length() > 4000;
    }

    private void require(Status expected) {
        if (status != expected) {
            throw new ProposalRefused("proposal.state." + status.name().toLowerCase());
        }
    }

    public Status status() {
        return status;
    }

    public long requestId() {
        return requestId;
    }

    public long offerId() {
        return offerId;
    }

    public Side proposedBy() {
        return proposedBy;
    }

    public boolean recordedAfterTheFact() {
        return recordedAfterTheFact;
    }

    public @Nullable Answer requesterAnswer() {
        return requesterAnswer;
    }

    public @Nullable Answer providerAnswer() {
        return providerAnswer;
    }

    public @Nullable String declineReason() {
        return declineReason;
    }

    public @Nullable LocalDate plannedStart() {
        return plannedStart;
    }

    public @Nullable LocalDate plannedEnd() {
        return plannedEnd;
    }

    public @Nullable Outcome outcome() {
        return outcome;
    }

    public List<Step> history() {
        return List.copyOf(history);
    }

    /** A transition the proposal's state does not allow; the key says why, in the reader's language. */
    public static final class ProposalRefused extends RuntimeException {
        private final String key;

        ProposalRefused(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
