package ace.matching;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import ace.catalogue.Viewer;
import ace.shared.NotFoundException;
import ace.shared.cli.Arguments;
import ace.shared.cli.Command;
import ace.shared.cli.UsageException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./ace match --request REF [--limit K]} prints a JSON array, best first;
 * {@code ./ace match --all [--limit K]} prints JSON Lines, one per open request
 * (INTERCHANGE.md §1). The command line sees every item, as the ISU does; reasons in English.
 */
@Component
class MatchCommand implements Command {

    private final Matching matching;
    private final ReasonText reasons;
    private final JsonMapper json = JsonMapper.builder().build();

    MatchCommand(Matching matching, ReasonText reasons) {
        this.matching = matching;
        this.reasons = reasons;
    }

    @Override
    public String name() {
        return "match";
    }

    @Override
    public String usage() {
        return "match --request REF [--limit K] | match --all [--limit K]";
    }

    @Override
    public int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(args);
        boolean all = words.remove("--all");
        if (words.remove("--benchmark")) {
            return benchmark(Arguments.parse(words, Set.of("limit", "sample")), out);
        }
        Arguments a = Arguments.parse(words, Set.of("request", "limit"));
        int limit = limit(a);
        if (all == a.option("request").isPresent()) {
            throw new UsageException("give either --request REF or --all");
        }
        if (all) {
            for (Matching.RequestMatches request : matching.allOpenRequests(Viewer.EVERYTHING, limit)) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("request", request.request());
                line.put("matches", render(request.matches()));
                out.println(json.writeValueAsString(line));
            }
            return 0;
        }
        try {
            out.println(json.writeValueAsString(render(matching.offersFor(a.required("request"), Viewer.EVERYTHING,
                    limit))));
        }
        catch (NotFoundException missing) {
            throw new UsageException("no request " + a.required("request"));
        }
        return 0;
    }

    /** Undocumented in the usage: per-request latency through the index versus brute force. */
    private int benchmark(Arguments a, PrintStream out) {
        int sample = Integer.parseInt(a.option("sample").orElse("200"));
        long start = System.nanoTime();
        Matching.Timings t = matching.time(sample, limit(a));
        out.printf("items %d, requests timed %d, index built and timed in %.1f s%n", t.items(), t.requests(),
                (System.nanoTime() - start) / 1e9);
        out.printf("one request via index:  p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", pct(t.indexed(), 50),
                pct(t.indexed(), 95), pct(t.indexed(), 100));
        out.printf("one request brute force: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", pct(t.bruteForce(), 50),
                pct(t.bruteForce(), 95), pct(t.bruteForce(), 100));
        out.printf("identical top lists: %d of %d%n", t.identical(), t.requests());
        return 0;
    }

    private static double pct(long[] nanos, int percentile) {
        if (nanos.length == 0) {
            return 0;
        }
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private List<Map<String, Object>> render(List<Suggestion> suggestions) {
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (Suggestion s : suggestions) {
            Map<String, Object> match = new LinkedHashMap<>();
            match.put("offer", s.ref());
            match.put("score", s.score());
            match.put("reasons", reasons.say(s.reasons(), Locale.ENGLISH));
            rendered.add(match);
        }
        return rendered;
    }

    private static int limit(Arguments a) {
        String value = a.option("limit").orElse("10");
        try {
            int limit = Integer.parseInt(value);
            if (limit < 1 || limit > 1000) {
                throw new NumberFormatException();
            }
            return limit;
        }
        catch (NumberFormatException e) {
            throw new UsageException("--limit must be a whole number from 1 to 1000");
        }
    }
}
