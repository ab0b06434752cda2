package ace.shared.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;

/**
 * A command of the {@code ./ace} launcher, contributed by the module that owns the work.
 * Exit codes follow INTERCHANGE.md §1: 0 success, 2 invalid input or usage, 1 anything else.
 */
public interface Command {

    /** The words that select the command, e.g. {@code "user create"}. */
    String name();

    /** One line shown in the usage text. */
    String usage();

    int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) throws Exception;
}
