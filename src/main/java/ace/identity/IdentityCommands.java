package ace.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ace.shared.cli.Arguments;
import ace.shared.cli.Command;
import ace.shared.cli.UsageException;

/** {@code ./ace admin create}, {@code ./ace user create}, {@code ./ace user token} (INTERCHANGE.md §1). */
@Configuration(proxyBeanMethods = false)
class IdentityCommands {

    @Bean
    Command adminCreate(Identity identity) {
        return new Command() {
            public String name() {
                return "admin create";
            }

            public String usage() {
                return "admin create --email E            (password on standard input)";
            }

            public int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) throws IOException {
                Arguments a = Arguments.parse(args, Set.of("email", "name"));
                String password = readPassword(in);
                CurrentUser created = create(identity, new NewAccount(a.required("email"), a.option("name").orElse(null),
                        Role.ISU_ADMIN, null, null), password);
                out.println("created ISU administrator " + created.email()
                        + " (a second factor is enrolled at first sign-in)");
                return 0;
            }
        };
    }

    @Bean
    Command userCreate(Identity identity) {
        return new Command() {
            public String name() {
                return "user create";
            }

            public String usage() {
                return "user create --email E --role ROLE [--state ISO3] [--organisation ACRONYM]"
                        + "   (password on standard input)";
            }

            public int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) throws IOException {
                Arguments a = Arguments.parse(args, Set.of("email", "role", "state", "organisation", "name"));
                Role role;
                try {
                    role = Role.valueOf(a.required("role").strip().toUpperCase(Locale.ROOT));
                }
                catch (IllegalArgumentException e) {
                    throw new UsageException("unknown role " + a.required("role") + "; one of "
                            + java.util.Arrays.toString(Role.values()));
                }
                String password = readPassword(in);
                CurrentUser created = create(identity, new NewAccount(a.required("email"), a.option("name").orElse(null),
                        role, a.option("state").orElse(null), a.option("organisation").orElse(null)), password);
                out.println("created " + role + " " + created.email());
                return 0;
            }
        };
    }

    @Bean
    Command userToken(Identity identity) {
        return new Command() {
            public String name() {
                return "user token";
            }

            public String usage() {
                return "user token --email E [--name N]";
            }

            public int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) {
                Arguments a = Arguments.parse(args, Set.of("email", "name"));
                try {
                    out.println(identity.issueToken(a.required("email"), a.option("name").orElse("cli")));
                }
                catch (AccountProblem problem) {
                    throw new UsageException(problem.getMessage());
                }
                return 0;
            }
        };
    }

    private static CurrentUser create(Identity identity, NewAccount account, String password) {
        try {
            return identity.create(account, password);
        }
        catch (AccountProblem problem) {
            throw new UsageException(problem.getMessage());
        }
    }

    private static String readPassword(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null || line.isEmpty()) {
            throw new UsageException("the password is read from standard input; none was given");
        }
        return line;
    }
}
