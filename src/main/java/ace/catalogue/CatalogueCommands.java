package ace.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ace.shared.cli.Arguments;
import ace.shared.cli.Command;
import ace.shared.cli.UsageException;

/** {@code ./ace import FILE} and {@code ./ace export} (INTERCHANGE.md §1). The command line sees every item. */
@Configuration(proxyBeanMethods = false)
class CatalogueCommands {

    @Bean
    Command importCommand(Importer importer, MessageSource messages) {
        return new Command() {
            public String name() {
                return "import";
            }

            public String usage() {
                return "import FILE                         (an ace-interchange/1 document; all or nothing)";
            }

            public int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) throws IOException {
                Arguments a = Arguments.parse(args, Set.of());
                if (a.positional().size() != 1) {
                    throw new UsageException("give exactly one FILE");
                }
                byte[] document;
                try {
                    document = Files.readAllBytes(Path.of(a.positional().get(0)));
                }
                catch (NoSuchFileException e) {
                    throw new UsageException("no such file: " + a.positional().get(0));
                }
                try {
                    ImportReport report = importer.importDocument(document, ImportProgress.NONE);
                    importer.refreshStatistics(report);
                    out.printf("imported %d items: %d created, %d updated, %d unchanged%n", report.total(),
                            report.created().size(), report.updated().size(), report.unchanged().size());
                    return 0;
                }
                catch (InvalidItemException invalid) {
                    for (Problem problem : invalid.problems()) {
                        err.println(ProblemMessages.line(problem, messages, Locale.ENGLISH));
                    }
                    err.println("nothing was imported (" + invalid.problems().size() + " problem(s))");
                    return 2;
                }
            }
        };
    }

    @Bean
    Command exportCommand(Exporter exporter, java.util.List<ExportFormat> others) {
        return new Command() {
            public String name() {
                return "export";
            }

            public String usage() {
                return "export [--format json|csv|iati] [--out FILE] [--visibility all|public]";
            }

            public int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) throws IOException {
                Arguments a = Arguments.parse(args, Set.of("format", "out", "visibility"));
                String format = a.option("format").orElse("json").toLowerCase(Locale.ROOT);
                // Everything by default (the command line sees all, as the ISU does); "public" for open data.
                String scope = a.option("visibility").orElse("all").toLowerCase(Locale.ROOT);
                if (!scope.equals("all") && !scope.equals("public")) {
                    throw new UsageException("unknown visibility " + scope + " (all or public)");
                }
                Viewer viewer = scope.equals("public") ? Viewer.ANONYMOUS : Viewer.EVERYTHING;
                ExportFormat other = others.stream().filter(f -> f.name().equals(format)).findFirst().orElse(null);
                if (!format.equals("json") && !format.equals("csv") && other == null) {
                    throw new UsageException("unknown format " + format + " (json, csv or iati)");
                }
                OutputStream target = a.option("out").map(CatalogueCommands::open).orElse(out);
                try {
                    long count = other != null ? other.write(viewer, target)
                            : format.equals("json") ? exporter.json(viewer, target)
                            : exporter.csv(viewer, target);
                    if (a.option("out").isPresent()) {
                        err.println("exported " + count + " items to " + a.option("out").get());
                    }
                }
                finally {
                    if (target != out) {
                        target.close();
                    }
                    else {
                        out.flush();
                    }
                }
                return 0;
            }
        };
    }

    private static OutputStream open(String file) {
        try {
            return Files.newOutputStream(Path.of(file));
        }
        catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
