package ace.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ace.matching.Proposal.Delivery;
import ace.matching.Proposal.Outcome;
import ace.matching.Proposal.Participants;
import ace.matching.Proposal.ProposalRefused;
import ace.matching.Proposal.Side;
import ace.matching.Proposal.Status;

/** Every allowed and refused transition of a proposal. */
class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Outcome DELIVERED = new Outcome(Delivery.DELIVERED, "Two-week course in Dakar",
            new Participants(7, 5, 0), "Very useful", "Well organised", "Plan visas earlier");

    private static void refused(Runnable transition, String key) {
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(ProposalRefused.class,
                e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void isConfirmedWhenTheOtherSideAcceptsARequestersProposal() {
        Proposal p = Proposal.propose(1, 2, Side.REQUESTER, NOW);
        assertThat(p.status()).isEqualTo(Status.PROPOSED);
        p.accept(Side.PROVIDER, NOW);
        assertThat(p.status()).isEqualTo(Status.CONFIRMED);
    }

    @Test
    void anIsuProposalNeedsBothSides() {
        Proposal p = Proposal.propose(1, 2, Side.ISU, NOW);
        p.accept(Side.REQUESTER, NOW);
        assertThat(p.status()).isEqualTo(Status.PROPOSED);
        p.accept(Side.PROVIDER, NOW);
        assertThat(p.status()).isEqualTo(Status.CONFIRMED);
    }

    @Test
    void aDeclineNeedsAReasonAndEndsTheProposal() {
        Proposal p = Proposal.propose(1, 2, Side.PROVIDER, NOW);
        refused(() -> p.decline(Side.REQUESTER, " ", NOW), "proposal.decline.reasonRequired");
        p.decline(Side.REQUESTER, "Dates do not suit our laboratory", NOW);
        assertThat(p.status()).isEqualTo(Status.DECLINED);
        assertThat(p.declineReason()).isEqualTo("Dates do not suit our laboratory");
        refused(() -> p.accept(Side.PROVIDER, NOW), "proposal.state.declined");
    }

    @Test
    void eachSideAnswersOnceAndTheIsuDoesNotAnswerForThem() {
        Proposal p = Proposal.propose(1, 2, Side.REQUESTER, NOW);
        refused(() -> p.accept(Side.REQUESTER, NOW), "proposal.answer.already");
        refused(() -> p.accept(Side.ISU, NOW), "proposal.answer.partiesOnly");
    }

    @Test
    void onlyTheProposerOrTheIsuWithdraws() {
        Proposal p = Proposal.propose(1, 2, Side.REQUESTER, NOW);
        refused(() -> p.withdraw(Side.PROVIDER, NOW), "proposal.withdraw.proposerOnly");
        p.withdraw(Side.ISU, NOW);
        assertThat(p.status()).isEqualTo(Status.WITHDRAWN);
        refused(() -> p.withdraw(Side.REQUESTER, NOW), "proposal.state.withdrawn");
    }

    @Test
    void aConfirmedMatchIsPlannedThenReportedWithParticipantsByGender() {
        Proposal p = Proposal.propose(1, 2, Side.REQUESTER, NOW);
        refused(() -> p.plan(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 20), NOW), "proposal.state.notConfirmed");
        refused(() -> p.report(DELIVERED, NOW), "proposal.state.notConfirmed");
        p.accept(Side.PROVIDER, NOW);
        refused(() -> p.plan(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 10), NOW), "proposal.plan.endBeforeStart");
        p.plan(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 20), NOW);
        assertThat(p.status()).isEqualTo(Status.PLANNED);
        p.report(DELIVERED, NOW);
        assertThat(p.status()).isEqualTo(Status.REPORTED);
        assertThat(p.outcome().participants()).isEqualTo(new Participants(7, 5, 0));
        refused(() -> p.report(DELIVERED, NOW), "proposal.state.notConfirmed");
        assertThat(p.history()).extracting(Proposal.Step::event)
            .containsExactly("PROPOSED", "ACCEPTED", "CONFIRMED", "PLANNED", "REPORTED");
        assertThat(p.history().get(3).detail()).isEqualTo("2027-01-10/2027-01-20");
    }

    @Test
    void historyStepsSurviveStorageIncludingLineBreaksInReasonsAndOldFreeTextLines() {
        var step = new Proposal.Step(NOW, "DECLINED", Side.PROVIDER, "Budget spent\nnext year\tmaybe");
        assertThat(Proposal.Step.parse(step.stored()))
            .isEqualTo(new Proposal.Step(NOW, "DECLINED", Side.PROVIDER, "Budget spent next year maybe"));
        assertThat(Proposal.Step.parse(new Proposal.Step(NOW, "CONFIRMED", null, null).stored()))
            .isEqualTo(new Proposal.Step(NOW, "CONFIRMED", null, null));
        assertThat(Proposal.Step.parse(NOW + " WITHDRAWN by REQUESTER"))
            .isEqualTo(new Proposal.Step(NOW, "WITHDRAWN", null, "by REQUESTER"));
        // An old free-text reason with a line break: the second line belongs to the step above.
        assertThat(ProposalStore.steps(NOW + " PROPOSED by REQUESTER\n" + NOW + " DECLINED by PROVIDER: No budget\nthis year"))
            .extracting(Proposal.Step::detail).containsExactly("by REQUESTER", "by PROVIDER: No budget this year");
    }

    @Test
    void textsTooLongForTheirColumnsAreRefused() {
        Proposal p = Proposal.propose(1, 2, Side.REQUESTER, NOW);
        refused(() -> p.decline(Side.PROVIDER, "x".repeat(2001), NOW), "proposal.text.tooLong");
        p.accept(Side.PROVIDER, NOW);
        refused(() -> p.report(new Outcome(Delivery.DELIVERED, "x".repeat(4001), new Participants(0, 0, 0), null, null,
                null), NOW), "proposal.text.tooLong");
    }

    @Test
    void aMatchArrangedOutsideAceIsRecordedAsConfirmed() {
        Proposal p = Proposal.recordAfterTheFact(1, 2, Side.PROVIDER, NOW);
        assertThat(p.status()).isEqualTo(Status.CONFIRMED);
        assertThat(p.recordedAfterTheFact()).isTrue();
        p.report(new Outcome(Delivery.PARTLY, "Equipment shipped, training postponed", new Participants(0, 0, 0),
                null, null, null), NOW);
        assertThat(p.status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void refusesNegativeCountsAndAnEmptyReport() {
        refused(() -> new Participants(-1, 0, 0), "proposal.participants.negative");
        Proposal p = Proposal.recordAfterTheFact(1, 2, Side.ISU, NOW);
        refused(() -> p.report(new Outcome(Delivery.DELIVERED, " ", new Participants(1, 1, 0), null, null, null), NOW),
                "proposal.outcome.deliveredRequired");
    }
}
