package ace.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The rules. Hard constraints decide whether an offer may be suggested for a request at all;
 * soft evidence gives the score:
 * <ul>
 * <li>0.26 — how much of the request's subject areas the offer covers;</li>
 * <li>0.22 — how much of the requested forms of assistance it provides;</li>
 * <li>0.26 — textual similarity across languages: the domain concepts both texts mention,
 * weighted by rarity (cosine);</li>
 * <li>0.12 — a language the requester works in;</li>
 * <li>0.08 — specificity: how much of the offer is about this need (narrow beats generic);</li>
 * <li>0.04 — eligibility aimed at the requester (her State, else her region);</li>
 * <li>0.02 — freshness of the offer.</li>
 * </ul>
 */
final class MatchEngine {

    static final double FIELD = 0.26;
    static final double TYPE = 0.22;
    static final double TEXT = 0.26;
    static final double LANGUAGE = 0.12;
    static final double SPECIFIC = 0.08;
    static final double TARGETED = 0.04;
    static final double FRESH = 0.02;

    private MatchEngine() {
    }

    /** The hard constraints: open offer, eligible requester, overlapping windows. */
    static boolean allowed(MatchItem request, MatchItem offer) {
        return offer.open() && eligible(request, offer) && overlaps(request, offer);
    }

    static boolean eligible(MatchItem request, MatchItem offer) {
        if (offer.eligibleRegions() == 0 && offer.eligibleStates().length == 0) {
            return true;
        }
        if (request.requesterRegion() >= 0 && (offer.eligibleRegions() & (1L << request.requesterRegion())) != 0) {
            return true;
        }
        return request.requesterState() != null
                && Arrays.asList(offer.eligibleStates()).contains(request.requesterState());
    }

    static boolean overlaps(MatchItem a, MatchItem b) {
        return before(a.validFrom(), b.validUntil()) && before(b.validFrom(), a.validUntil());
    }

    private static boolean before(LocalDate from, LocalDate until) {
        return from == null || until == null || !from.isAfter(until);
    }

    static Suggestion score(MatchItem request, MatchItem offer, Concepts concepts, Instant now, boolean explain) {
        int fieldsShared = Long.bitCount(request.fields() & offer.fields());
        int typesShared = Long.bitCount(request.types() & offer.types());
        double fieldCover = ratio(fieldsShared, Long.bitCount(request.fields()));
        double typeCover = ratio(typesShared, Long.bitCount(request.types()));
        double specific = 0.5 * ratio(fieldsShared, Long.bitCount(offer.fields()))
                + 0.5 * ratio(typesShared, Long.bitCount(offer.types()));
        double text = concepts.cosine(request.concepts(), offer.concepts());
        boolean language = request.sharesLanguageWith(offer);
        double targeted = targeting(request, offer);
        long days = Duration.between(offer.updatedAt(), now).toDays();
        double fresh = days <= 90 ? 1 : Math.max(0, 1 - (days - 90) / 640.0);
        double score = FIELD * fieldCover + TYPE * typeCover + TEXT * text + LANGUAGE * (language ? 1 : 0)
                + SPECIFIC * specific + TARGETED * targeted + FRESH * fresh;
        score = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000.0;
        return new Suggestion(offer.id(), offer.ref(), score,
                explain ? reasons(request, offer, concepts, language) : List.of());
    }

    private static double targeting(MatchItem request, MatchItem offer) {
        if (request.requesterState() != null && Arrays.asList(offer.eligibleStates()).contains(request.requesterState())) {
            return 1;
        }
        if (request.requesterRegion() >= 0 && (offer.eligibleRegions() & (1L << request.requesterRegion())) != 0) {
            return 0.6;
        }
        return 0;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static List<Reason> reasons(MatchItem request, MatchItem offer, Concepts concepts, boolean language) {
        List<Reason> reasons = new ArrayList<>();
        long fields = request.fields() & offer.fields();
        if (fields != 0) {
            reasons.add(new Reason("match.reason.fields", Codes.fieldNames(fields)));
        }
        long types = request.types() & offer.types();
        if (types != 0) {
            reasons.add(new Reason("match.reason.types", Codes.typeNames(types)));
        }
        else {
            reasons.add(new Reason("match.reason.otherTypes", Codes.typeNames(offer.types())));
        }
        List<Integer> shared = concepts.sharedByWeight(request.concepts(), offer.concepts());
        if (!shared.isEmpty()) {
            reasons.add(new Reason("match.reason.topics",
                    shared.stream().limit(4).map(c -> "concept:" + c).toList()));
        }
        if (language) {
            reasons.add(new Reason("match.reason.language", request.languagesSharedWith(offer).stream().limit(3)
                .map(l -> "language:" + l).toList()));
        }
        else {
            reasons.add(new Reason("match.reason.noLanguage", offer.languageNames()
                .stream().limit(3).map(l -> "language:" + l).toList()));
        }
        if (request.requesterState() != null
                && Arrays.asList(offer.eligibleStates()).contains(request.requesterState())) {
            reasons.add(new Reason("match.reason.eligibleState", List.of("state:" + request.requesterState())));
        }
        else if (request.requesterRegion() >= 0 && (offer.eligibleRegions() & (1L << request.requesterRegion())) != 0) {
            reasons.add(new Reason("match.reason.eligibleRegion",
                    List.of("region:" + Codes.REGIONS.get(request.requesterRegion()))));
        }
        else {
            reasons.add(new Reason("match.reason.eligibleAny", List.of()));
        }
        if (request.validFrom() != null || request.validUntil() != null) {
            reasons.add(new Reason("match.reason.window", List.of()));
        }
        return reasons;
    }

    /** Best first; ties broken by reference so results are stable. */
    static final Comparator<Suggestion> BEST_FIRST = Comparator.comparingDouble(Suggestion::score).reversed()
        .thenComparing(Suggestion::ref);
}
