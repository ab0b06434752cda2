package ace.catalogue;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes an item in the interchange representation (INTERCHANGE.md §2), members in the documented order. */
final class InterchangeWriter {

    private final JsonMapper json;
    private final Parties parties;

    InterchangeWriter(JsonMapper json, Parties parties) {
        this.json = json;
        this.parties = parties;
    }

    ObjectNode write(ItemView item) {
        ItemContent c = item.content();
        ObjectNode node = json.createObjectNode();
        node.put("ref", item.ref());
        node.put("kind", c.kind().name());
        PartySpec party = parties.describe(c.party());
        ObjectNode partyNode = node.putObject("party");
        partyNode.put("type", party.type().name());
        if (party.type() == PartyType.STATE) {
            partyNode.put("code", party.code());
        }
        else {
            if (party.name() != null) {
                partyNode.put("name", party.name());
            }
            if (party.acronym() != null) {
                partyNode.put("acronym", party.acronym());
            }
        }
        ObjectNode title = node.putObject("title");
        ObjectNode description = json.createObjectNode();
        for (Map.Entry<String, ItemText> text : c.texts().entrySet()) {
            title.put(text.getKey(), text.getValue().title());
            if (text.getValue().description() != null) {
                description.put(text.getKey(), text.getValue().description());
            }
        }
        if (!description.isEmpty()) {
            node.set("description", description);
        }
        strings(node.putArray("fields"), c.fields().stream().map(Enum::name).toList());
        strings(node.putArray("types"), c.types().stream().map(Enum::name).toList());
        if (c.kind() == ItemKind.OFFER && (!c.regions().isEmpty() || !c.states().isEmpty())) {
            ObjectNode eligibility = node.putObject("eligibility");
            strings(eligibility.putArray("regions"), c.regions());
            strings(eligibility.putArray("states"), c.states());
        }
        strings(node.putArray("languages"), c.languages());
        if (c.validFrom() != null) {
            node.put("validFrom", c.validFrom().toString());
        }
        if (c.validUntil() != null) {
            node.put("validUntil", c.validUntil().toString());
        }
        node.put("visibility", c.visibility().name());
        node.put("status", c.status().name());
        return node;
    }

    private static void strings(ArrayNode array, Iterable<String> values) {
        values.forEach(array::add);
    }
}
