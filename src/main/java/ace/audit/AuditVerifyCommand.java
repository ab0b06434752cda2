package ace.audit;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ace.shared.cli.Arguments;
import ace.shared.cli.Command;

/** {@code ./ace audit verify}: recomputes the chain; exits 1 naming the first broken entry. */
@Component
class AuditVerifyCommand implements Command {

    private final AuditLog log;

    AuditVerifyCommand(AuditLog log) {
        this.log = log;
    }

    @Override
    public String name() {
        return "audit verify";
    }

    @Override
    public String usage() {
        return "audit verify";
    }

    @Override
    public int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) {
        Arguments.parse(args, Set.of());
        var broken = log.verify();
        if (broken.isPresent()) {
            err.println("audit chain BROKEN at entry " + broken.get().seq() + ": " + broken.get().reason());
            return 1;
        }
        out.println("audit chain intact: " + log.verifiedCount() + " entries verified");
        return 0;
    }
}
