package ace.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Imports uploaded in the browser run in the background, one at a time, as the person who
 * uploaded them; the page polls the job's progress. Jobs are kept in memory for a day.
 */
@Component
class ImportJobs {

    private final Importer importer;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ace-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ImportJobs(Importer importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    String start(String owner, String fileName, byte[] document) {
        jobs.values().removeIf(job -> job.started.isBefore(clock.instant().minusSeconds(86_400)));
        Job job = new Job(UUID.randomUUID().toString(), owner, fileName, clock.instant());
        jobs.put(job.id, job);
        worker.submit(new DelegatingSecurityContextRunnable(() -> {
            try {
                job.report = importer.importDocument(document, job::at);
                importer.refreshStatistics(job.report);
            }
            catch (InvalidItemException invalid) {
                job.problems = invalid.problems();
            }
            catch (RuntimeException failure) {
                job.failed = true;
            }
            finally {
                job.finished = true;
            }
        }));
        return job.id;
    }

    Optional<Job> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner.equals(owner));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** One import's state, read by the progress page. */
    static final class Job {
        final String id;
        final String owner;
        final String fileName;
        final Instant started;
        volatile String phase = "import.phase.reading";
        volatile long done;
        volatile long total;
        volatile boolean finished;
        volatile boolean failed;
        volatile @Nullable ImportReport report;
        volatile List<Problem> problems = List.of();

        Job(String id, String owner, String fileName, Instant started) {
            this.id = id;
            this.owner = owner;
            this.fileName = fileName;
            this.started = started;
        }

        void at(String phase, long done, long total) {
            this.phase = phase;
            this.done = done;
            this.total = total;
        }

        /** 0–100, counting checking as the first half and writing as the second. */
        public int percent() {
            if (finished) {
                return 100;
            }
            if (total == 0) {
                return 0;
            }
            int part = (int) (50 * done / total);
            return phase.equals("import.phase.writing") || phase.equals("import.phase.resolving") ? 50 + part : part;
        }

        public String getId() { return id; }
        public String getFileName() { return fileName; }
        public String getPhase() { return phase; }
        public boolean isFinished() { return finished; }
        public boolean isFailed() { return failed; }
        public @Nullable ImportReport getReport() { return report; }
        public List<Problem> getProblems() { return problems; }
    }
}
