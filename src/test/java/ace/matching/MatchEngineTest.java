package ace.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ace.catalogue.ItemKind;
import ace.catalogue.ItemStatus;
import ace.catalogue.Party;
import ace.catalogue.Visibility;

/** Hard constraints over generated items (seeded, so a failure is reproducible), and the score's shape. */
class MatchEngineTest {

    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    private static final String[] STATES = {"KEN", "SEN", "PER", "KAZ", "FRA", "CHN", "EGY"};
    private static final int[] REGION_OF = {0, 0, 3, 1, 4, 1, 0};

    private static MatchItem item(Random random, int n, ItemKind kind) {
        int state = random.nextInt(STATES.length);
        LocalDate from = random.nextInt(4) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700));
        LocalDate until = random.nextInt(4) == 0 ? null
                : (from == null ? LocalDate.of(2026, 6, 1) : from).plusDays(random.nextInt(400));
        long regions = kind == ItemKind.OFFER && random.nextBoolean() ? 1L << random.nextInt(5) : 0;
        String[] eligibleStates = kind == ItemKind.OFFER && random.nextInt(5) == 0
                ? new String[] {STATES[random.nextInt(STATES.length)]} : new String[0];
        TreeSet<Integer> concepts = new TreeSet<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            concepts.add(random.nextInt(40));
        }
        return new MatchItem(n, (kind == ItemKind.OFFER ? "O-" : "R-") + n, kind,
                random.nextInt(6) == 0 ? ItemStatus.CLOSED : ItemStatus.OPEN, Party.state(STATES[state]),
                Visibility.PUBLIC, 1L << random.nextInt(14) | (random.nextBoolean() ? 1L << random.nextInt(14) : 0),
                1L << random.nextInt(7), Languages.mask(List.of(random.nextBoolean() ? "fr" : "es-419")), new String[0], regions,
                eligibleStates, kind == ItemKind.REQUEST ? STATES[state] : null,
                kind == ItemKind.REQUEST ? REGION_OF[state] : -1, from, until,
                concepts.stream().mapToInt(Integer::intValue).toArray(), NOW.minusSeconds(random.nextInt(50_000_000)));
    }

    private static boolean breaksAHardConstraint(MatchItem request, MatchItem offer) {
        boolean anyone = offer.eligibleRegions() == 0 && offer.eligibleStates().length == 0;
        boolean eligible = anyone || (offer.eligibleRegions() & (1L << request.requesterRegion())) != 0
                || List.of(offer.eligibleStates()).contains(request.requesterState());
        boolean window = (offer.validUntil() == null || request.validFrom() == null
                || !request.validFrom().isAfter(offer.validUntil()))
                && (request.validUntil() == null || offer.validFrom() == null
                        || !offer.validFrom().isAfter(request.validUntil()));
        return offer.status() != ItemStatus.OPEN || !eligible || !window;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void neverSuggestsAnOfferThatBreaksAHardConstraint(long seed) {
        Random random = new Random(seed);
        List<MatchItem> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            items.add(item(random, i, i % 3 == 0 ? ItemKind.REQUEST : ItemKind.OFFER));
        }
        MatchIndex index = new MatchIndex(items, 40);
        int suggested = 0;
        for (MatchItem request : items) {
            if (request.kind() != ItemKind.REQUEST) {
                continue;
            }
            List<Suggestion> offers = index.offersFor(request, 10, i -> true, NOW);
            for (Suggestion s : offers) {
                MatchItem offer = index.item(s.ref());
                assertThat(offer.kind()).isEqualTo(ItemKind.OFFER);
                assertThat(breaksAHardConstraint(request, offer)).as(request.ref() + " -> " + s.ref()).isFalse();
                assertThat(s.score()).isBetween(0.0, 1.0);
                assertThat(s.reasons()).isNotEmpty();
                suggested++;
            }
            assertThat(offers).isSortedAccordingTo(MatchEngine.BEST_FIRST);
            assertThat(index.offersFor(request, 10, i -> true, NOW)).isEqualTo(offers);
        }
        assertThat(suggested).as("the generator must produce matches to check").isGreaterThan(100);
    }

    @Test
    void aSharedLanguageAndTheRightFormRaiseTheScore() {
        Random random = new Random(7);
        MatchItem request = item(random, 1, ItemKind.REQUEST);
        MatchItem base = item(random, 2, ItemKind.OFFER);
        MatchItem sameForm = new MatchItem(3, "O-3", ItemKind.OFFER, ItemStatus.OPEN, base.party(), base.visibility(),
                request.fields(), request.types(), request.languages(), new String[0], 0, new String[0], null, -1, null,
                null, request.concepts(), NOW);
        MatchItem otherForm = new MatchItem(4, "O-4", ItemKind.OFFER, ItemStatus.OPEN, base.party(), base.visibility(),
                request.fields(), request.types() == 1 ? 2 : 1, request.languages(), new String[0], 0, new String[0], null, -1,
                null, null, request.concepts(), NOW);
        MatchItem otherLanguage = new MatchItem(5, "O-5", ItemKind.OFFER, ItemStatus.OPEN, base.party(),
                base.visibility(), request.fields(), request.types(), Languages.mask(List.of("ru")), new String[0], 0,
                new String[0], null, -1, null, null, request.concepts(), NOW);
        Concepts concepts = new Concepts(40, List.of(request.concepts()));
        double best = MatchEngine.score(request, sameForm, concepts, NOW, true).score();
        assertThat(MatchEngine.score(request, otherForm, concepts, NOW, true).score()).isLessThan(best);
        assertThat(MatchEngine.score(request, otherLanguage, concepts, NOW, true).score()).isLessThan(best);
        assertThat(MatchEngine.score(request, otherLanguage, concepts, NOW, true).reasons())
            .extracting(Reason::key).contains("match.reason.noLanguage");
    }

    @Test
    void languagesMatchByPrimarySubtag() {
        assertThat(Languages.mask(List.of("es-419")) & Languages.mask(List.of("es"))).isNotZero();
        assertThat(Languages.mask(List.of("fr-CA")) & Languages.mask(List.of("fr"))).isNotZero();
        assertThat(Languages.mask(List.of("zh-Hans")) & Languages.mask(List.of("zh"))).isNotZero();
        assertThat(Languages.mask(List.of("pt")) & Languages.mask(List.of("es"))).isZero();
    }

    @Test
    void languagesBeyondTheSixtyThreeWithBitsStillCountAsShared() {
        for (int i = 0; i < 70; i++) {
            Languages.mask(List.of("q" + (char) ('a' + i / 26) + (char) ('a' + i % 26)));
        }
        List<String> rare = List.of("qzy", "pt-BR");
        MatchItem request = withLanguages(1, ItemKind.REQUEST, List.of("qzy"));
        MatchItem same = withLanguages(2, ItemKind.OFFER, rare);
        MatchItem other = withLanguages(3, ItemKind.OFFER, List.of("qzx"));
        assertThat(request.sharesLanguageWith(same)).isTrue();
        assertThat(request.languagesSharedWith(same)).containsExactly("qzy");
        assertThat(request.sharesLanguageWith(other)).isFalse();
        assertThat(other.languageNames()).containsExactly("qzx");
        Concepts concepts = new Concepts(40, List.of(request.concepts()));
        assertThat(MatchEngine.score(request, same, concepts, NOW, false).score())
            .isGreaterThan(MatchEngine.score(request, other, concepts, NOW, false).score());
    }

    private static MatchItem withLanguages(long id, ItemKind kind, List<String> tags) {
        return new MatchItem(id, "L-" + id, kind, ItemStatus.OPEN, Party.state("KEN"), Visibility.PUBLIC, 1, 1,
                Languages.mask(tags), Languages.others(tags), 0, new String[0], kind == ItemKind.REQUEST ? "KEN" : null,
                -1, null, null, new int[] {1}, NOW);
    }
}
