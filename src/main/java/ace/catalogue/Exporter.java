package ace.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Writes the items a viewer may see as an interchange document or as CSV, streaming in chunks. */
@Service
@Transactional(readOnly = true)
public class Exporter {

    static final List<String> CSV_COLUMNS = List.of("ref", "kind", "party_type", "party", "language", "title",
            "description", "fields", "types", "eligible_regions", "eligible_states", "languages", "valid_from",
            "valid_until", "visibility", "status");
    private static final int CHUNK = 500;

    private final Catalogue catalogue;
    private final JsonMapper json;

    Exporter(Catalogue catalogue, JsonMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    public long json(Viewer viewer, OutputStream out) {
        List<Long> ids = catalogue.ids(viewer, null);
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("format", Importer.FORMAT);
            generator.writeArrayPropertyStart("items");
            for (int i = 0; i < ids.size(); i += CHUNK) {
                for (ItemView item : catalogue.load(ids.subList(i, Math.min(ids.size(), i + CHUNK)), viewer)) {
                    json.writeTree(generator, catalogue.toInterchange(item));
                }
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        return ids.size();
    }

    public long csv(Viewer viewer, OutputStream out) throws IOException {
        List<Long> ids = catalogue.ids(viewer, null);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get()
            .print(writer)) {
            for (int i = 0; i < ids.size(); i += CHUNK) {
                for (ItemView item : catalogue.load(ids.subList(i, Math.min(ids.size(), i + CHUNK)), viewer)) {
                    row(csv, item);
                }
            }
        }
        return ids.size();
    }

    private void row(CSVPrinter csv, ItemView item) throws IOException {
        ItemContent c = item.content();
        var original = c.texts().entrySet().iterator().next();
        var party = catalogue.toInterchange(item).get("party");
        String partyName = c.party().type() == PartyType.STATE ? party.path("code").asString()
                : party.path("acronym").asString(party.path("name").asString());
        csv.printRecord(item.ref(), c.kind(), c.party().type(), partyName, original.getKey(),
                original.getValue().title(), original.getValue().description(),
                c.fields().stream().map(Enum::name).collect(Collectors.joining(";")),
                c.types().stream().map(Enum::name).collect(Collectors.joining(";")), String.join(";", c.regions()),
                String.join(";", c.states()), String.join(";", c.languages()), c.validFrom(), c.validUntil(),
                c.visibility(), c.status());
    }
}
