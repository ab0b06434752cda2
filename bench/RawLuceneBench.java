import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * In-process search latency on an ACE search index, without the web application: the same
 * analysis and query shape as ace.search.TextQueries (per language bucket, the query analysed by
 * that bucket's analyzer; every term MUST be in title_b^2 OR body_b; buckets SHOULD), filtered to
 * kind=OFFER and access=public as an anonymous GET /api/v1/offers?q=… is, top 20 with the stored
 * id and ref of each hit. Opens the index read-only (DirectoryReader, no write lock).
 *
 * <pre>
 * java -cp "$(cat /tmp/bench-classpath.txt)" bench/RawLuceneBench.java INDEXDIR
 *      [--queries bench/search-queries.txt] [--threads 1,16] [--seconds 30] [--warmup 20] [--counts FILE]
 * </pre>
 *
 * For each thread count: a timed run in which every thread loops over the queries (each thread
 * from a different start) until the time is up; prints p50/p95/p99 and queries/s, and one line
 * "RESULT threads=N …" per run. --counts writes "hits TAB query" per query (to compare with the
 * server's "total").
 */
public class RawLuceneBench {

    static final List<String> BUCKETS = List.of("ar", "zh", "en", "fr", "ru", "es", "other");

    static Analyzer analyzer(String bucket) {
        return switch (bucket) {
            case "ar" -> new ArabicAnalyzer();
            case "zh" -> new SmartChineseAnalyzer();
            case "en" -> new EnglishAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "ru" -> new RussianAnalyzer();
            case "es" -> new SpanishAnalyzer();
            default -> new StandardAnalyzer();
        };
    }

    // Analyzers are thread-safe (per-thread token stream components).
    static final Map<String, Analyzer> ANALYZERS = new LinkedHashMap<>();
    static {
        for (String bucket : BUCKETS) {
            ANALYZERS.put(bucket, analyzer(bucket));
        }
    }

    static Set<String> terms(String bucket, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = ANALYZERS.get(bucket).tokenStream("title_" + bucket, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The public offer search for {@code text}; null when no bucket keeps a term. */
    static Query query(String text) {
        BooleanQuery.Builder languages = new BooleanQuery.Builder();
        int clauses = 0;
        for (String bucket : BUCKETS) {
            String title = "title_" + bucket;
            String body = "body_" + bucket;
            Set<String> terms = terms(bucket, text);
            if (terms.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String term : terms) {
                all.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(title, term)), 2f), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(body, term)), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.MUST);
            }
            languages.add(all.build(), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term("kind", "OFFER")), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term("access", "public")), BooleanClause.Occur.FILTER)
            .add(languages.build(), BooleanClause.Occur.MUST)
            .build();
    }

    /** One search as the benchmark times it: analysis, query, top 20, stored id and ref of each hit. */
    static long search(IndexSearcher searcher, String text) throws IOException {
        Query q = query(text);
        if (q == null) {
            return 0;
        }
        TopDocs top = searcher.search(q, 20);
        long sink = 0;
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = stored.document(hit.doc, Set.of("id", "ref"));
            sink += doc.get("id").length() + doc.get("ref").length();
        }
        return sink + top.totalHits.value();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: RawLuceneBench INDEXDIR [--queries FILE] [--threads 1,16] [--seconds 30] "
                    + "[--warmup 20] [--counts FILE]");
            System.exit(2);
        }
        Path indexDir = Path.of(args[0]);
        Path queriesFile = Path.of("bench/search-queries.txt");
        int[] threadCounts = {1, 16};
        int seconds = 30;
        int warmup = 20;
        Path countsFile = null;
        for (int i = 1; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--queries" -> queriesFile = Path.of(value);
                case "--threads" -> threadCounts = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--counts" -> countsFile = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String> queries = Files.readAllLines(queriesFile, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank() && !l.strip().startsWith("#")).map(String::strip).toList();

        try (var directory = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.printf("index %s: %d documents, %d segments; %d queries; %d cores; %s%n", indexDir,
                    reader.numDocs(), reader.leaves().size(), queries.size(), Runtime.getRuntime().availableProcessors(),
                    Runtime.version());

            if (countsFile != null) {
                List<String> lines = new ArrayList<>();
                for (String text : queries) {
                    Query q = query(text);
                    lines.add((q == null ? 0 : searcher.count(q)) + "\t" + text);
                }
                Files.write(countsFile, lines, StandardCharsets.UTF_8);
            }

            int warmThreads = Arrays.stream(threadCounts).max().orElse(1);
            System.out.printf("warm-up: %d s on %d threads%n", warmup, warmThreads);
            run(searcher, queries, warmThreads, warmup);
            for (int threads : threadCounts) {
                long[] latencies = run(searcher, queries, threads, seconds);
                report(threads, seconds, latencies);
            }
        }
    }

    /** Runs for {@code seconds} on {@code threads} threads; returns every query's latency in ns, sorted. */
    static long[] run(IndexSearcher searcher, List<String> queries, int threads, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[threads];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        long[] sinks = new long[threads];
        for (int t = 0; t < threads; t++) {
            final int me = t;
            perThread.add(new long[1 << 16]);
            Thread worker = new Thread(() -> {
                long[] mine = perThread.get(me);
                int n = 0;
                int position = (me * 7) % queries.size();
                try {
                    start.await();
                    while (System.nanoTime() < deadline) {
                        String text = queries.get(position);
                        position = (position + 1) % queries.size();
                        long t0 = System.nanoTime();
                        sinks[me] += search(searcher, text);
                        long took = System.nanoTime() - t0;
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, mine.length * 2);
                        }
                        mine[n++] = took;
                    }
                }
                catch (Exception e) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                }
                perThread.set(me, mine);
                counts[me] = n;
            });
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " threads failed");
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return all;
    }

    static double percentileMs(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)] / 1e6;
    }

    static void report(int threads, int seconds, long[] sorted) {
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        double qps = sorted.length / (double) seconds;
        System.out.printf("threads %d: %d queries in %d s: %.1f queries/s%n", threads, sorted.length, seconds, qps);
        System.out.printf("latency ms: p50 %.3f  p95 %.3f  p99 %.3f  mean %.3f  max %.3f%n", percentileMs(sorted, 50),
                percentileMs(sorted, 95), percentileMs(sorted, 99), mean, sorted[sorted.length - 1] / 1e6);
        System.out.printf("RESULT threads=%d p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f qps=%.1f queries=%d%n", threads,
                percentileMs(sorted, 50), percentileMs(sorted, 95), percentileMs(sorted, 99), qps, sorted.length);
    }
}
