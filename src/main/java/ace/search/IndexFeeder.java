package ace.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import ace.catalogue.Catalogue;
import ace.catalogue.CatalogueChange;
import ace.shared.cli.CommandDispatcher;

/**
 * Keeps the index equal to the database. A committed catalogue change is indexed at once; a
 * periodic catch-up indexes whatever changed in the database since (another node, or
 * {@code ./ace import} run beside the server); at start an index that does not match the
 * database is rebuilt. Command-line runs leave the index to the server.
 */
@Component
class IndexFeeder {

    private static final Logger log = LoggerFactory.getLogger(IndexFeeder.class);
    private static final int BATCH = 500;
    /** Changes committed out of timestamp order are caught by looking back this far. */
    private static final Duration OVERLAP = Duration.ofSeconds(10);

    private final ItemIndex index;
    private final Catalogue catalogue;
    private final Clock clock;
    private final boolean commandLine;
    private volatile Instant caughtUpTo;

    IndexFeeder(ItemIndex index, Catalogue catalogue, Clock clock,
            @Value("${" + CommandDispatcher.ENABLED + ":false}") boolean commandLine) {
        this.index = index;
        this.catalogue = catalogue;
        this.clock = clock;
        this.commandLine = commandLine;
        this.caughtUpTo = clock.instant();
    }

    @TransactionalEventListener
    void on(CatalogueChange change) {
        if (!commandLine) {
            put(change.itemIds());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (commandLine) {
            return;
        }
        long stored = catalogue.count();
        if (index.count() != stored) {
            log.info("Search index holds {} items, the database {}: rebuilding", index.count(), stored);
            rebuild();
        }
        caughtUpTo = clock.instant();
    }

    @Scheduled(fixedDelayString = "${ace.search.catch-up-every:5s}", initialDelayString = "${ace.search.catch-up-every:5s}")
    void catchUp() {
        if (commandLine) {
            return;
        }
        Instant now = clock.instant();
        List<Long> changed = catalogue.idsUpdatedSince(caughtUpTo.minus(OVERLAP));
        if (!changed.isEmpty()) {
            put(changed);
        }
        caughtUpTo = now;
    }

    /** Rebuilds the whole index from the database; returns the number of items indexed. */
    synchronized long rebuild() {
        index.clear();
        List<Long> ids = new ArrayList<>(catalogue.ids(ace.catalogue.Viewer.EVERYTHING, null));
        put(ids);
        return ids.size();
    }

    private void put(List<Long> ids) {
        for (int i = 0; i < ids.size(); i += BATCH) {
            index.put(catalogue.indexable(ids.subList(i, Math.min(ids.size(), i + BATCH))));
        }
    }
}
