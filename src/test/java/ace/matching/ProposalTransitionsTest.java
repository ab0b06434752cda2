package ace.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import ace.matching.Proposal.Delivery;
import ace.matching.Proposal.Outcome;
import ace.matching.Proposal.Participants;
import ace.matching.Proposal.ProposalRefused;
import ace.matching.Proposal.Side;
import ace.matching.Proposal.Status;

/**
 * The whole matrix: every state a proposal can be in × every step by every side, each either
 * allowed (with the state it leads to) or refused (with the reason the reader is given).
 */
class ProposalTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final Outcome OUTCOME = new Outcome(Delivery.PARTLY, "Course held, kits late",
            new Participants(4, 6, 0), null, null, null);

    private static Map<String, Supplier<Proposal>> states() {
        Map<String, Supplier<Proposal>> states = new LinkedHashMap<>();
        states.put("proposed by requester", () -> Proposal.propose(1, 2, Side.REQUESTER, NOW));
        states.put("proposed by provider", () -> Proposal.propose(1, 2, Side.PROVIDER, NOW));
        states.put("proposed by ISU", () -> Proposal.propose(1, 2, Side.ISU, NOW));
        states.put("declined", () -> {
            Proposal p = Proposal.propose(1, 2, Side.REQUESTER, NOW);
            p.decline(Side.PROVIDER, "No trainers", NOW);
            return p;
        });
        states.put("withdrawn", () -> {
            Proposal p = Proposal.propose(1, 2, Side.REQUESTER, NOW);
            p.withdraw(Side.REQUESTER, NOW);
            return p;
        });
        states.put("confirmed", () -> {
            Proposal p = Proposal.propose(1, 2, Side.REQUESTER, NOW);
            p.accept(Side.PROVIDER, NOW);
            return p;
        });
        states.put("planned", () -> {
            Proposal p = states.get("confirmed").get();
            p.plan(START, START.plusDays(10), NOW);
            return p;
        });
        states.put("reported", () -> {
            Proposal p = states.get("confirmed").get();
            p.report(OUTCOME, NOW);
            return p;
        });
        states.put("recorded after the fact", () -> Proposal.recordAfterTheFact(1, 2, Side.PROVIDER, NOW));
        return states;
    }

    private static Map<String, Consumer<Proposal>> steps() {
        Map<String, Consumer<Proposal>> steps = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            steps.put("accept by " + side, p -> p.accept(side, NOW));
            steps.put("decline by " + side, p -> p.decline(side, "Not now", NOW));
            steps.put("withdraw by " + side, p -> p.withdraw(side, NOW));
            steps.put("feedback by " + side, p -> p.feedback(side, "Useful", "Start earlier", NOW));
        }
        steps.put("plan", p -> p.plan(START, START.plusDays(5), NOW));
        steps.put("report", p -> p.report(OUTCOME, NOW));
        return steps;
    }

    /** Expected: the state reached, or "!" and the key of the refusal. */
    private static String expected(String state, String step) {
        boolean proposed = state.startsWith("proposed");
        String current = switch (state) {
            case "declined" -> "declined";
            case "withdrawn" -> "withdrawn";
            case "confirmed", "recorded after the fact" -> "confirmed";
            case "planned" -> "planned";
            case "reported" -> "reported";
            default -> "proposed";
        };
        String by = state.replace("proposed by ", "").toUpperCase();
        if (step.startsWith("accept") || step.startsWith("decline")) {
            if (!proposed) {
                return "!proposal.state." + current;
            }
            String side = step.substring(step.lastIndexOf(' ') + 1);
            if (side.equals("ISU")) {
                return "!proposal.answer.partiesOnly";
            }
            if (side.equals(by)) {
                return "!proposal.answer.already";
            }
            if (step.startsWith("decline")) {
                return "DECLINED";
            }
            return by.equals("ISU") ? "PROPOSED" : "CONFIRMED";
        }
        if (step.startsWith("withdraw")) {
            if (!proposed) {
                return "!proposal.state." + current;
            }
            String side = step.substring(step.lastIndexOf(' ') + 1);
            return side.equals("ISU") || side.equals(by) ? "WITHDRAWN" : "!proposal.withdraw.proposerOnly";
        }
        if (step.startsWith("feedback")) {
            if (!current.equals("reported")) {
                return "!proposal.feedback.notReported";
            }
            return step.endsWith("ISU") ? "!proposal.answer.partiesOnly" : "REPORTED";
        }
        if (current.equals("confirmed") || current.equals("planned")) {
            return step.equals("plan") ? "PLANNED" : "REPORTED";
        }
        return "!proposal.state.notConfirmed";
    }

    @TestFactory
    List<DynamicTest> everyStepFromEveryState() {
        List<DynamicTest> tests = new ArrayList<>();
        states().forEach((state, make) -> steps().forEach((step, apply) -> {
            String expected = expected(state, step);
            tests.add(DynamicTest.dynamicTest(state + " → " + step + " ⇒ " + expected, () -> {
                Proposal p = make.get();
                int before = p.history().size();
                if (expected.startsWith("!")) {
                    Status status = p.status();
                    assertThatThrownBy(() -> apply.accept(p)).isInstanceOfSatisfying(ProposalRefused.class,
                            e -> assertThat(e.key()).isEqualTo(expected.substring(1)));
                    assertThat(p.status()).isEqualTo(status);
                    assertThat(p.history()).hasSize(before);
                }
                else {
                    apply.accept(p);
                    assertThat(p.status()).isEqualTo(Status.valueOf(expected));
                    assertThat(p.history()).hasSizeGreaterThan(before);
                }
            }));
        }));
        assertThat(tests).hasSize(9 * 14);
        return tests;
    }

    @Test
    void feedbackKeepsTheOtherSidesWords() {
        {
            Proposal p = states().get("reported").get();
            p.feedback(Side.REQUESTER, "Very useful", null, NOW);
            p.feedback(Side.PROVIDER, "Well organised", "Plan visas earlier", NOW);
            assertThat(p.outcome().requesterFeedback()).isEqualTo("Very useful");
            assertThat(p.outcome().providerFeedback()).isEqualTo("Well organised");
            assertThat(p.outcome().lessons()).isEqualTo("Plan visas earlier");
            assertThatThrownBy(() -> p.feedback(Side.PROVIDER, " ", null, NOW)).isInstanceOf(ProposalRefused.class);
        }
    }
}
