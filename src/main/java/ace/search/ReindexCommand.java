package ace.search;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ace.shared.cli.Arguments;
import ace.shared.cli.Command;

/** {@code ./ace reindex}: rebuilds the search index from the database (with the server stopped). */
@Component
class ReindexCommand implements Command {

    private final IndexFeeder feeder;

    ReindexCommand(IndexFeeder feeder) {
        this.feeder = feeder;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return "reindex                             (rebuild the search index; stop the server first)";
    }

    @Override
    public int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) {
        Arguments.parse(args, Set.of());
        try {
            long started = System.nanoTime();
            long count = feeder.rebuild();
            out.printf("search index rebuilt: %d items in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
            return 0;
        }
        catch (ItemIndex.IndexBusyException busy) {
            err.println("ace reindex: " + busy.getMessage() + "; stop it, or let it catch up by itself");
            return 1;
        }
    }
}
