package ace.catalogue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ace.shared.Actors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads an interchange document, all or nothing: every item is checked first and any problem
 * refuses the whole document; then, in one transaction, new refs are inserted and known refs
 * updated. Re-importing the same document changes nothing. What the format does not carry
 * (contacts, partners, programme) is kept from the stored item.
 */
@Service
public class Importer {

    static final String FORMAT = "ace-interchange/1";
    private static final Set<String> ROOT_MEMBERS = Set.of("format", "items");

    private final ItemStore store;
    private final Parties parties;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Importer(ItemStore store, Parties parties, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.parties = parties;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importDocument(byte[] document, ImportProgress progress) {
        List<ParsedItem> items = check(document, progress);
        Map<String, Long> existing = store.idsOf(items.stream().map(ParsedItem::ref).toList());
        Map<Long, ItemView> stored = new HashMap<>();
        store.load(new ArrayList<>(existing.values())).forEach(v -> stored.put(v.id(), v));

        List<ItemStore.NewItem> inserts = new ArrayList<>();
        List<ItemStore.NewItem> updates = new ArrayList<>();
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<PartySpec, Party> resolved = new HashMap<>();
        long done = 0;
        for (ParsedItem item : items) {
            Party party = resolved.computeIfAbsent(item.party(), parties::resolve);
            ItemContent content = ItemContentCopies.withParty(item.content(), party);
            Long id = existing.get(item.ref());
            if (id == null) {
                inserts.add(new ItemStore.NewItem(store.newId(), item.ref(), content));
                created.add(item.ref());
            }
            else {
                ItemView before = stored.get(id);
                ItemContent merged = ItemContentCopies.keepingWhatTheFormatLacks(content, before.content());
                if (merged.equals(before.content())
                        && List.copyOf(merged.texts().keySet()).equals(List.copyOf(before.content().texts().keySet()))) {
                    unchanged.add(item.ref());
                }
                else {
                    updates.add(new ItemStore.NewItem(id, item.ref(), merged));
                    updated.add(item.ref());
                }
            }
            if (++done % 1000 == 0) {
                progress.at("import.phase.resolving", done, items.size());
            }
        }
        Instant now = clock.instant();
        progress.at("import.phase.writing", 0, items.size());
        store.insert(inserts, now);
        store.overwrite(updates, now);
        progress.at("import.phase.writing", items.size(), items.size());
        List<Long> changedIds = new ArrayList<>();
        inserts.forEach(i -> changedIds.add(i.id()));
        updates.forEach(i -> changedIds.add(i.id()));
        if (!changedIds.isEmpty()) {
            events.publishEvent(new ItemsImported(sha256(document), changedIds, created, updated, Actors.current()));
        }
        return new ImportReport(created, updated, unchanged);
    }

    /** After a large import (outside its transaction): refresh the database statistics. */
    public void refreshStatistics(ImportReport report) {
        if (report.created().size() + report.updated().size() >= 1000) {
            store.analyze();
        }
    }

    /** Every problem of the document, or its items ready to store. */
    List<ParsedItem> check(byte[] document, ImportProgress progress) {
        progress.at("import.phase.reading", 0, 0);
        JsonNode root;
        try {
            root = json.readTree(document);
        }
        catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new InvalidItemException(List.of(Problem.of(null, "document", "interchange.document.syntax", where)));
        }
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidItemException(List.of(Problem.of(null, "document", "interchange.document.object")));
        }
        for (String member : root.propertyNames()) {
            if (!ROOT_MEMBERS.contains(member)) {
                problems.add(Problem.of(null, member, "interchange.member.unknown", member));
            }
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isString() || !FORMAT.equals(format.stringValue())) {
            problems.add(Problem.of(null, "format", "interchange.document.format", FORMAT));
        }
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            problems.add(Problem.of(null, "items", "interchange.document.items"));
            throw new InvalidItemException(problems);
        }
        InterchangeReader reader = new InterchangeReader();
        List<ParsedItem> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long done = 0;
        for (JsonNode node : items.values()) {
            int before = reader.problems().size();
            ParsedItem item = reader.read(node, true);
            reader.nameUnnamed(before, "items[" + done + "]");
            if (item != null) {
                if (!seen.add(item.ref())) {
                    problems.add(Problem.of(item.ref(), "ref", "interchange.ref.duplicate"));
                }
                parties.check(item).ifPresentOrElse(problems::add, () -> parsed.add(item));
            }
            if (++done % 1000 == 0) {
                progress.at("import.phase.checking", done, items.size());
            }
        }
        problems.addAll(0, reader.problems());
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        progress.at("import.phase.checking", items.size(), items.size());
        return parsed;
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
