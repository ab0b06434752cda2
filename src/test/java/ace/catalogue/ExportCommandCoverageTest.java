package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import ace.IntegrationTest;
import ace.shared.cli.CommandDispatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./ace export --format json|csv [--out FILE]} through the command dispatcher. */
@IntegrationTest
class ExportCommandCoverageTest {

    /** The CSV header documented in docs/catalogue.md. */
    static final String CSV_HEADER = "ref,kind,party_type,party,language,title,description,fields,types,"
            + "eligible_regions,eligible_states,languages,valid_from,valid_until,visibility,status";

    @Autowired Importer importer;
    @Autowired CommandDispatcher dispatcher;
    @Autowired JsonMapper json;

    private String ref;

    /** What one run of the command wrote: exit code, standard output and standard error. */
    record Run(int exit, String out, String err) {
    }

    private Run export(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        List<String> command = new java.util.ArrayList<>(List.of("export"));
        command.addAll(List.of(args));
        int exit = dispatcher.dispatch(command, new BufferedReader(new StringReader("")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void load() {
        ref = "EXP-CLI-" + Documents.run();
        importer.importDocument(Documents.document(
                Documents.request(ref, "KEN", "en", "Exported by the command line", "Plain description", "RESTRICTED"))
            .getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    private List<String> refsIn(String document) {
        JsonNode root = json.readTree(document);
        assertThat(root.get("format").stringValue()).isEqualTo("ace-interchange/1");
        return root.get("items").values().stream().map(n -> n.get("ref").stringValue()).toList();
    }

    @Test
    void jsonToStandardOutputHoldsEveryItemEvenRestrictedOnes() {
        Run run = export("--format", "json");
        assertThat(run.exit()).isZero();
        assertThat(refsIn(run.out())).contains(ref);

        Run byDefault = export();
        assertThat(byDefault.exit()).isZero();
        assertThat(refsIn(byDefault.out())).contains(ref);
    }

    @Test
    void csvToStandardOutputHasTheDocumentedHeaderAndARowPerItem() {
        Run run = export("--format", "csv");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(CSV_HEADER);
        assertThat(lines).anyMatch(l -> l.startsWith(ref + ",REQUEST,STATE,KEN,en,Exported by the command line,"
                + "Plain description,BIOSAFETY_BIOSECURITY;LABORATORY_CAPACITY,TRAINING,"));
        assertThat(lines).anyMatch(l -> l.startsWith(ref + ",") && l.endsWith(",RESTRICTED,OPEN"));
    }

    @Test
    void jsonAndCsvToAFile(@TempDir Path dir) throws Exception {
        Path jsonFile = dir.resolve("items.json");
        Run toJson = export("--format", "json", "--out", jsonFile.toString());
        assertThat(toJson.exit()).isZero();
        assertThat(toJson.out()).isEmpty();
        assertThat(toJson.err()).contains("exported ").contains(" items to " + jsonFile);
        assertThat(refsIn(Files.readString(jsonFile, StandardCharsets.UTF_8))).contains(ref);

        Path csvFile = dir.resolve("items.csv");
        Run toCsv = export("--format", "csv", "--out", csvFile.toString());
        assertThat(toCsv.exit()).isZero();
        assertThat(toCsv.out()).isEmpty();
        assertThat(toCsv.err()).contains(" items to " + csvFile);
        List<String> lines = Files.readString(csvFile, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo(CSV_HEADER);
        assertThat(lines).anyMatch(l -> l.startsWith(ref + ",REQUEST,STATE,KEN,"));
    }

    @Test
    void anUnknownFormatIsAUsageErrorAndWritesNothing(@TempDir Path dir) {
        Path file = dir.resolve("items.xml");
        Run run = export("--format", "xml", "--out", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format xml");
        assertThat(run.out()).isEmpty();
        assertThat(file).doesNotExist();

        assertThat(export("--colour", "red").exit()).isEqualTo(2);
    }
}
