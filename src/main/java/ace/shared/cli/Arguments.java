package ace.shared.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options of a command, with unknown and missing options refused. */
public final class Arguments {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new java.util.ArrayList<>();

    private Arguments() {
    }

    public static Arguments parse(List<String> args, Set<String> allowed) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!allowed.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                parsed.options.put(name, value);
            }
            else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) {
        return option(name).filter(v -> !v.isBlank())
            .orElseThrow(() -> new UsageException("option --" + name + " is required"));
    }

    public List<String> positional() {
        return positional;
    }
}
