package ace.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import ace.catalogue.Catalogue;
import ace.catalogue.CatalogueChange;
import ace.catalogue.ItemAccess;
import ace.catalogue.ItemKind;
import ace.catalogue.Viewer;
import ace.directory.Directory;
import ace.shared.NotFoundException;

/**
 * The matching module's API: the offers that fit a request, the requests an offer can serve,
 * and every open request's matches. Works on an in-memory index of the catalogue, rebuilt after
 * the catalogue changes; only items the reader may see are compared or shown.
 */
@Service
public class Matching {

    private final Catalogue catalogue;
    private final Directory directory;
    private final Vocabulary vocabulary;
    private final Clock clock;
    private volatile MatchIndex index;
    private volatile boolean stale = true;
    private volatile String builtAt = "";
    private volatile long checkedAt;

    Matching(Catalogue catalogue, Directory directory, Vocabulary vocabulary, Clock clock) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @TransactionalEventListener
    void on(CatalogueChange change) {
        stale = true;
    }

    /** The next read rebuilds the index (a listener that runs before {@link #on} needs the change). */
    void markStale() {
        stale = true;
    }

    MatchIndex index() {
        MatchIndex current = index;
        if (current != null && !stale && !changedElsewhere()) {
            return current;
        }
        synchronized (this) {
            if (index == null || stale || changedElsewhere()) {
                String watermark = catalogue.watermark();
                MatchIndex rebuilt = build();
                index = rebuilt;
                builtAt = watermark;
                stale = false;
            }
            return index;
        }
    }

    /** Another process or node changed the catalogue (checked at most every few seconds). */
    private boolean changedElsewhere() {
        long now = System.nanoTime();
        if (now - checkedAt < 3_000_000_000L) {
            return false;
        }
        checkedAt = now;
        return !catalogue.watermark().equals(builtAt);
    }

    private MatchIndex build() {
        MatchItems factory = new MatchItems(directory, vocabulary);
        List<MatchItem> items = Collections.synchronizedList(new ArrayList<>());
        catalogue.forEachItem(chunk -> chunk.parallelStream().map(factory::of).forEach(items::add));
        return new MatchIndex(items, vocabulary.size());
    }

    public List<Suggestion> offersFor(String requestRef, Viewer viewer, int limit) {
        MatchIndex current = index();
        MatchItem request = visibleItem(current, requestRef, ItemKind.REQUEST, viewer);
        return current.offersFor(request, limit, visibleTo(viewer), clock.instant());
    }

    public List<Suggestion> requestsFor(String offerRef, Viewer viewer, int limit) {
        MatchIndex current = index();
        MatchItem offer = visibleItem(current, offerRef, ItemKind.OFFER, viewer);
        return current.requestsFor(offer, limit, visibleTo(viewer), clock.instant());
    }

    /** Every open request with its best offers, in request order, computed on all cores. */
    public List<RequestMatches> allOpenRequests(Viewer viewer, int limit) {
        MatchIndex current = index();
        var now = clock.instant();
        Predicate<MatchItem> visible = visibleTo(viewer);
        return current.openRequests().parallelStream()
            .filter(visible)
            .map(request -> new RequestMatches(request.ref(), current.offersFor(request, limit, visible, now)))
            .toList();
    }

    /**
     * For the benchmark: the first {@code sample} open requests matched through the index and by
     * brute force, with the time each took (nanoseconds).
     */
    public Timings time(int sample, int limit) {
        MatchIndex current = index();
        var now = clock.instant();
        List<MatchItem> requests = current.openRequests().stream().limit(sample).toList();
        long[] indexed = new long[requests.size()];
        long[] brute = new long[requests.size()];
        int same = 0;
        for (int i = 0; i < requests.size(); i++) {
            long start = System.nanoTime();
            List<Suggestion> viaIndex = current.offersFor(requests.get(i), limit, item -> true, now);
            indexed[i] = System.nanoTime() - start;
            start = System.nanoTime();
            List<Suggestion> viaAll = current.offersForBruteForce(requests.get(i), limit, item -> true, now);
            brute[i] = System.nanoTime() - start;
            if (viaIndex.stream().map(Suggestion::ref).toList().equals(viaAll.stream().map(Suggestion::ref).toList())) {
                same++;
            }
        }
        return new Timings(current.size(), requests.size(), indexed, brute, same);
    }

    /** Per-request times through the index and by brute force, and how often both gave the same list. */
    public record Timings(int items, int requests, long[] indexed, long[] bruteForce, int identical) {
    }

    /** One open request and its matches. */
    public record RequestMatches(String request, List<Suggestion> matches) {
    }

    private static MatchItem visibleItem(MatchIndex index, String ref, ItemKind kind, Viewer viewer) {
        MatchItem item = index.item(ref);
        if (item == null || item.kind() != kind || !visibleTo(viewer).test(item)) {
            throw new NotFoundException("No " + kind.name().toLowerCase() + " " + ref);
        }
        return item;
    }

    private static Predicate<MatchItem> visibleTo(Viewer viewer) {
        return item -> ItemAccess.canSee(viewer, item.id(), item.visibility(), item.party());
    }
}
