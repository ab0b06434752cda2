package ace.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import ace.catalogue.ItemKind;

/**
 * All items, packed, with inverted lists from subject areas and rare concepts to items, so
 * candidates are only the items sharing something with the one being matched — never all
 * pairs. Immutable: rebuilt when the catalogue changes.
 */
final class MatchIndex {

    /** Concepts in more than this share of items do not open candidate lists (they are too common). */
    private static final double RARE = 0.05;

    private final MatchItem[] items;
    private final Map<String, Integer> byRef = new HashMap<>();
    private final int[][] offersByField;
    private final int[][] requestsByField;
    private final Map<Integer, int[]> offersByConcept;
    private final Map<Integer, int[]> requestsByConcept;
    private final Concepts concepts;

    MatchIndex(List<MatchItem> all, int vocabularySize) {
        this.items = all.toArray(MatchItem[]::new);
        List<int[]> documents = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            byRef.put(items[i].ref(), i);
            documents.add(items[i].concepts());
        }
        this.concepts = new Concepts(vocabularySize, documents);
        this.offersByField = byField(ItemKind.OFFER);
        this.requestsByField = byField(ItemKind.REQUEST);
        this.offersByConcept = byRareConcept(ItemKind.OFFER, vocabularySize);
        this.requestsByConcept = byRareConcept(ItemKind.REQUEST, vocabularySize);
    }

    int size() {
        return items.length;
    }

    Concepts concepts() {
        return concepts;
    }

    @Nullable MatchItem item(String ref) {
        Integer index = byRef.get(ref);
        return index == null ? null : items[index];
    }

    List<MatchItem> openRequests() {
        List<MatchItem> open = new ArrayList<>();
        for (MatchItem item : items) {
            if (item.kind() == ItemKind.REQUEST && item.open()) {
                open.add(item);
            }
        }
        open.sort(java.util.Comparator.comparing(MatchItem::ref));
        return open;
    }

    /** The best offers for a request, best first. */
    List<Suggestion> offersFor(MatchItem request, int limit, Predicate<MatchItem> visible, Instant now) {
        return best(request, offersByField, offersByConcept, limit, candidate ->
                MatchEngine.allowed(request, candidate) && visible.test(candidate),
                candidate -> MatchEngine.score(request, candidate, concepts, now, false),
                candidate -> MatchEngine.score(request, candidate, concepts, now, true));
    }

    /** Baseline for benchmarks: every offer scored, no candidate lists. Same results when candidates cover all fits. */
    List<Suggestion> offersForBruteForce(MatchItem request, int limit, Predicate<MatchItem> visible, Instant now) {
        PriorityQueue<Suggestion> top = new PriorityQueue<>(MatchEngine.BEST_FIRST.reversed());
        int[] all = java.util.stream.IntStream.range(0, items.length)
            .filter(i -> items[i].kind() == ItemKind.OFFER).toArray();
        consider(all, new BitSet(items.length), top, limit,
                candidate -> MatchEngine.allowed(request, candidate) && visible.test(candidate),
                candidate -> MatchEngine.score(request, candidate, concepts, now, false));
        List<Suggestion> result = new ArrayList<>(top);
        result.sort(MatchEngine.BEST_FIRST);
        return result;
    }

    /** The open requests an offer can serve, best first. */
    List<Suggestion> requestsFor(MatchItem offer, int limit, Predicate<MatchItem> visible, Instant now) {
        if (!offer.open()) {
            return List.of();
        }
        return best(offer, requestsByField, requestsByConcept, limit, candidate ->
                candidate.open() && MatchEngine.allowed(candidate, offer) && visible.test(candidate),
                candidate -> rekey(MatchEngine.score(candidate, offer, concepts, now, false), candidate),
                candidate -> rekey(MatchEngine.score(candidate, offer, concepts, now, true), candidate));
    }

    private static Suggestion rekey(Suggestion s, MatchItem request) {
        return new Suggestion(request.id(), request.ref(), s.score(), s.reasons());
    }

    private List<Suggestion> best(MatchItem subject, int[][] byField, Map<Integer, int[]> byConcept, int limit,
            Predicate<MatchItem> allowed, java.util.function.Function<MatchItem, Suggestion> score,
            java.util.function.Function<MatchItem, Suggestion> explain) {
        BitSet seen = new BitSet(items.length);
        PriorityQueue<Suggestion> top = new PriorityQueue<>(MatchEngine.BEST_FIRST.reversed());
        long fields = subject.fields();
        for (int f = 0; f < byField.length; f++) {
            if ((fields & (1L << f)) != 0) {
                consider(byField[f], seen, top, limit, allowed, score);
            }
        }
        for (int c : subject.concepts()) {
            int[] list = byConcept.get(c);
            if (list != null) {
                consider(list, seen, top, limit, allowed, score);
            }
        }
        List<Suggestion> result = new ArrayList<>();
        while (!top.isEmpty()) {
            Suggestion s = top.poll();
            result.add(explain.apply(items[byRef.get(s.ref())]));
        }
        result.sort(MatchEngine.BEST_FIRST);
        return result;
    }

    private void consider(int[] candidates, BitSet seen, PriorityQueue<Suggestion> top, int limit,
            Predicate<MatchItem> allowed, java.util.function.Function<MatchItem, Suggestion> score) {
        for (int index : candidates) {
            if (seen.get(index)) {
                continue;
            }
            seen.set(index);
            MatchItem candidate = items[index];
            if (!allowed.test(candidate)) {
                continue;
            }
            Suggestion s = score.apply(candidate);
            if (top.size() < limit) {
                top.add(s);
            }
            else if (MatchEngine.BEST_FIRST.compare(s, top.peek()) < 0) {
                top.poll();
                top.add(s);
            }
        }
    }

    private int[][] byField(ItemKind kind) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int f = 0; f < 64; f++) {
            lists.add(new ArrayList<>());
        }
        int max = 0;
        for (int i = 0; i < items.length; i++) {
            if (items[i].kind() != kind) {
                continue;
            }
            long fields = items[i].fields();
            for (int f = 0; f < 64; f++) {
                if ((fields & (1L << f)) != 0) {
                    lists.get(f).add(i);
                    max = Math.max(max, f + 1);
                }
            }
        }
        int[][] result = new int[max][];
        for (int f = 0; f < max; f++) {
            result[f] = lists.get(f).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    private Map<Integer, int[]> byRareConcept(ItemKind kind, int size) {
        Map<Integer, List<Integer>> lists = new HashMap<>();
        int count = 0;
        for (int i = 0; i < items.length; i++) {
            if (items[i].kind() != kind) {
                continue;
            }
            count++;
            for (int c : items[i].concepts()) {
                lists.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, int[]> rare = new HashMap<>();
        int threshold = Math.max(20, (int) (count * RARE));
        lists.forEach((c, list) -> {
            if (list.size() <= threshold) {
                rare.put(c, list.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        return rare;
    }
}
