package ace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ace.IntegrationTest;
import ace.directory.Directory;
import ace.shared.cli.CommandDispatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class InterchangeTest {

    @Autowired Importer importer;
    @Autowired Exporter exporter;
    @Autowired Catalogue catalogue;
    @Autowired Directory directory;
    @Autowired CommandDispatcher dispatcher;
    @Autowired JsonMapper json;

    private ImportReport load(String document) {
        return importer.importDocument(document.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    @Test
    void importsCreatesOrganisationsAndIsIdempotentByRef() {
        String run = Documents.run();
        String doc = Documents.document(
                Documents.request("REQ-KEN-" + run, "KEN", "en", "Biorisk management training", "For a BSL-3 lab",
                        "PUBLIC"),
                Documents.offer("OFF-NEW-" + run, "ORG" + run, "Organisation " + run, "en", "Biosafety courses",
                        "PUBLIC"));
        ImportReport first = load(doc);
        assertThat(first.created()).containsExactly("REQ-KEN-" + run, "OFF-NEW-" + run);
        assertThat(directory.organisationByAcronym("ORG" + run)).isPresent();

        ImportReport again = load(doc);
        assertThat(again.created()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.unchanged()).hasSize(2);

        ImportReport changed = load(doc.replace("Biorisk management training", "Biorisk management course"));
        assertThat(changed.updated()).containsExactly("REQ-KEN-" + run);
        assertThat(catalogue.get("REQ-KEN-" + run, Viewer.EVERYTHING).content().texts().get("en").title())
            .isEqualTo("Biorisk management course");
    }

    @Test
    void exportsEachItemExactlyInTheInterchangeRepresentation() throws Exception {
        String run = Documents.run();
        String item = """
                {"ref":"REQ-SEN-%s","kind":"REQUEST","party":{"type":"STATE","code":"SEN"},
                 "title":{"fr":"Formation en biosécurité","en":"Biosecurity training"},
                 "description":{"fr":"Pour le laboratoire national"},
                 "fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"],"languages":["fr","wo"],
                 "validFrom":"2026-03-01","validUntil":"2026-12-31","visibility":"STATES_PARTIES","status":"OPEN"}"""
            .formatted(run);
        load(Documents.document(item));
        var out = new ByteArrayOutputStream();
        exporter.json(Viewer.EVERYTHING, out);
        JsonNode exported = json.readTree(out.toByteArray());
        assertThat(exported.get("format").stringValue()).isEqualTo("ace-interchange/1");
        JsonNode mine = exported.get("items").values().stream()
            .filter(n -> n.get("ref").stringValue().equals("REQ-SEN-" + run)).findFirst().orElseThrow();
        assertThat(mine).isEqualTo(json.readTree(item));

        var csv = new ByteArrayOutputStream();
        exporter.csv(Viewer.EVERYTHING, csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("ref,kind,party_type,party,language,title");
        assertThat(lines).anyMatch(l -> l.startsWith("REQ-SEN-" + run + ",REQUEST,STATE,SEN,fr,Formation en biosécurité"));
    }

    @Test
    void refusesTheWholeDocumentNamingEachItemAndMember() {
        String run = Documents.run();
        String good = Documents.request("REQ-GOOD-" + run, "KEN", "en", "Fine", "Fine", "PUBLIC");
        String doc = Documents.document(good,
                Documents.request("REQ-BAD1-" + run, "XXX", "en", "Unknown State", "x", "PUBLIC"),
                Documents.request("REQ-BAD2-" + run, "KEN", "en", "Bad visibility", "x", "SECRET"),
                """
                {"ref":"REQ-BAD3-%s","kind":"REQUEST","party":{"type":"ORGANISATION","name":"WHO"},
                 "title":{"en":"From an organisation"},"fields":["NOPE"],"types":["TRAINING"],"colour":"red"}"""
                    .formatted(run),
                good);
        assertThatThrownBy(() -> load(doc)).isInstanceOfSatisfying(InvalidItemException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.ref() + " " + p.member()).contains(
                    "REQ-BAD1-" + run + " party.code", "REQ-BAD2-" + run + " visibility",
                    "REQ-BAD3-" + run + " colour", "REQ-BAD3-" + run + " fields", "REQ-BAD3-" + run + " party",
                    "REQ-GOOD-" + run + " ref");
        });
        assertThat(catalogue.find("REQ-GOOD-" + run, Viewer.EVERYTHING)).isEmpty();
    }

    @Test
    void theImportCommandPrintsOneLinePerProblemAndExitsTwo(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String run = Documents.run();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Documents.document(
                Documents.request("REQ-CLI-" + run, "KEN", "en", "Title", "x", "PUBLIC").replace("\"TRAINING\"",
                        "\"TEA\"")));
        var err = new ByteArrayOutputStream();
        int exit = dispatcher.dispatch(List.of("import", bad.toString()), new BufferedReader(new StringReader("")),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("REQ-CLI-" + run + " types: Unknown code “TEA”.")
            .doesNotContain("Exception");

        Path good = dir.resolve("good.json");
        Files.writeString(good, Documents.document(
                Documents.request("REQ-CLI-" + run, "KEN", "pt-BR", "Treinamento", "x", "PUBLIC")));
        var out = new ByteArrayOutputStream();
        exit = dispatcher.dispatch(List.of("import", good.toString()), new BufferedReader(new StringReader("")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 created");
        assertThat(dispatcher.dispatch(List.of("import", dir.resolve("missing.json").toString()),
                new BufferedReader(new StringReader("")), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    @Test
    void refusesMalformedJsonAndTheWrongFormat() {
        assertThatThrownBy(() -> load("{\"format\":\"ace-interchange/1\",\"items\":[")).isInstanceOfSatisfying(
                InvalidItemException.class, e -> assertThat(e.problems().get(0).member()).isEqualTo("document"));
        assertThatThrownBy(() -> load("{\"format\":\"other/2\",\"items\":[]}")).isInstanceOfSatisfying(
                InvalidItemException.class, e -> assertThat(e.problems().get(0).member()).isEqualTo("format"));
    }
}
