package ace.catalogue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Items in SQL: one row per item, its texts, codes, contacts and partners in child tables that
 * are replaced whole on each save. Plain JDBC, so bulk imports batch their inserts.
 */
@Repository
class ItemStore {

    static final int ID_BLOCK = 50;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private long nextId;
    private long lastIdOfBlock = -1;

    ItemStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Ids in blocks of {@value #ID_BLOCK} from the sequence (it increments by as many). */
    synchronized long newId() {
        if (nextId > lastIdOfBlock) {
            long start = jdbc.sql("select nextval('catalogue_item_seq')").query(Long.class).single();
            nextId = start;
            lastIdOfBlock = start + ID_BLOCK - 1;
        }
        return nextId++;
    }

    Optional<Long> idOf(String ref) {
        return jdbc.sql("select id from catalogue_item where ref = ?").param(ref).query(Long.class).optional();
    }

    Map<String, Long> idsOf(Collection<String> refs) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(refs), 500)) {
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.sql("select ref, id from catalogue_item where ref in (" + marks + ")").params(chunk.toArray())
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        }
        return ids;
    }

    Optional<ItemView> find(String ref) {
        return idOf(ref).flatMap(id -> load(List.of(id)).stream().findFirst());
    }

    List<Long> ids(ItemAccess.SqlCondition visible, @Nullable ItemKind kind) {
        String where = visible.sql() + (kind == null ? "" : " and i.kind = '" + kind.name() + "'");
        return jdbc.sql("select i.id from catalogue_item i where " + where + " order by i.id")
            .params(visible.params().toArray()).query(Long.class).list();
    }

    List<Long> idsUpdatedSince(Instant since) {
        return jdbc.sql("select id from catalogue_item where updated_at >= ? order by updated_at")
            .param(Timestamp.from(since)).query(Long.class).list();
    }

    /** Changes whenever any item is added or changed, by any process: count, latest change, sum of versions. */
    String watermark() {
        return jdbc.sql("select count(*) || ':' || coalesce(cast(max(updated_at) as varchar(40)), '') || ':' "
                + "|| coalesce(sum(version), 0) from catalogue_item").query(String.class).single();
    }

    /**
     * Refreshes the planner's statistics after a bulk load, so the first searches do not scan
     * whole tables (autovacuum may be off or late). PostgreSQL only; H2 keeps its own.
     */
    void analyze() {
        String product = template.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            for (String table : List.of("catalogue_item", "catalogue_item_text", "catalogue_item_code")) {
                template.execute("analyze " + table);
            }
        }
    }

    long count() {
        return jdbc.sql("select count(*) from catalogue_item").query(Long.class).single();
    }

    /** The items with these ids, in the order given; missing ids are skipped. */
    List<ItemView> load(List<Long> ids) {
        Map<Long, ItemView> byId = new HashMap<>();
        for (List<Long> chunk : chunks(ids, 500)) {
            loadChunk(chunk).forEach(v -> byId.put(v.id(), v));
        }
        List<ItemView> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ItemView view = byId.get(id);
            if (view != null) {
                ordered.add(view);
            }
        }
        return ordered;
    }

    private List<ItemView> loadChunk(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        Object[] params = ids.toArray();
        Map<Long, Children> children = new HashMap<>();
        ids.forEach(id -> children.put(id, new Children()));
        jdbc.sql("select item_id, language, title, description from catalogue_item_text where item_id in (" + marks
                + ") order by item_id, position").params(params).query(rs -> {
                    children.get(rs.getLong(1)).texts.put(rs.getString(2), new ItemText(rs.getString(3), rs.getString(4)));
                });
        jdbc.sql("select item_id, facet, code from catalogue_item_code where item_id in (" + marks
                + ") order by item_id, facet, position").params(params).query(rs -> {
                    children.get(rs.getLong(1)).codes.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                        .add(rs.getString(3));
                });
        jdbc.sql("select item_id, name, role, email, phone from catalogue_item_contact where item_id in (" + marks
                + ") order by item_id, position").params(params).query(rs -> {
                    children.get(rs.getLong(1)).contacts.add(new Contact(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                });
        jdbc.sql("select item_id, name from catalogue_item_partner where item_id in (" + marks
                + ") order by item_id, position").params(params).query(rs -> {
                    children.get(rs.getLong(1)).partners.add(rs.getString(2));
                });
        jdbc.sql("select id, item_id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by "
                + "from catalogue_attachment where item_id in (" + marks + ") order by id").params(params).query(rs -> {
                    children.get(rs.getLong(2)).attachments.add(new Attachment(rs.getLong(1), rs.getString(3),
                            rs.getString(4), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                            rs.getString(8)));
                });
        return jdbc.sql("select * from catalogue_item where id in (" + marks + ")").params(params)
            .query((rs, n) -> row(rs, children.get(rs.getLong("id")))).list();
    }

    private static ItemView row(ResultSet rs, Children c) throws SQLException {
        PartyType partyType = PartyType.valueOf(rs.getString("party_type"));
        long organisation = rs.getLong("party_organisation_id");
        Long organisationId = rs.wasNull() ? null : organisation;
        Party party = new Party(partyType, rs.getString("party_state"), organisationId);
        long programme = rs.getLong("programme_id");
        Long programmeId = rs.wasNull() ? null : programme;
        ItemContent content = new ItemContent(ItemKind.valueOf(rs.getString("kind")), party, c.texts,
                enums(SubjectArea.class, c.codes.get("FIELD")), enums(AssistanceForm.class, c.codes.get("TYPE")),
                new LinkedHashSet<>(c.codes.getOrDefault("REGION", List.of())),
                new LinkedHashSet<>(c.codes.getOrDefault("STATE", List.of())),
                List.copyOf(c.codes.getOrDefault("LANGUAGE", List.of())), date(rs.getDate("valid_from")),
                date(rs.getDate("valid_until")), Visibility.valueOf(rs.getString("visibility")),
                ItemStatus.valueOf(rs.getString("status")), programmeId, c.contacts, c.partners);
        return new ItemView(rs.getLong("id"), rs.getString("ref"), rs.getLong("version"), content,
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), c.attachments);
    }

    /** Inserts new items (id already assigned) with all their children, in batches. */
    void insert(List<NewItem> items, Instant now) {
        template.batchUpdate("""
                insert into catalogue_item (id, ref, kind, party_type, party_state, party_organisation_id, valid_from,
                    valid_until, visibility, status, programme_id, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", items, 1000, (ps, item) -> {
            ItemContent c = item.content();
            ps.setLong(1, item.id());
            ps.setString(2, item.ref());
            ps.setString(3, c.kind().name());
            ps.setString(4, c.party().type().name());
            ps.setString(5, c.party().stateCode());
            ps.setObject(6, c.party().organisationId());
            ps.setObject(7, sqlDate(c.validFrom()));
            ps.setObject(8, sqlDate(c.validUntil()));
            ps.setString(9, c.visibility().name());
            ps.setString(10, c.status().name());
            ps.setObject(11, c.programmeId());
            ps.setTimestamp(12, Timestamp.from(now));
            ps.setTimestamp(13, Timestamp.from(now));
        });
        insertChildren(items);
    }

    /** Replaces an item's content if its version is still {@code expectedVersion}; false otherwise. */
    boolean update(long id, long expectedVersion, ItemContent c, Instant now) {
        int updated = jdbc.sql("""
                update catalogue_item set kind = ?, party_type = ?, party_state = ?, party_organisation_id = ?,
                    valid_from = ?, valid_until = ?, visibility = ?, status = ?, programme_id = ?, updated_at = ?,
                    version = version + 1
                where id = ? and version = ?""")
            .params(c.kind().name(), c.party().type().name(), c.party().stateCode(), c.party().organisationId(),
                    sqlDate(c.validFrom()), sqlDate(c.validUntil()), c.visibility().name(), c.status().name(),
                    c.programmeId(), Timestamp.from(now), id, expectedVersion)
            .update();
        if (updated == 0) {
            return false;
        }
        deleteChildren(List.of(id));
        insertChildren(List.of(new NewItem(id, "", c)));
        return true;
    }

    /** Replaces many items' content regardless of version (an import sets the state it describes). */
    void overwrite(List<NewItem> items, Instant now) {
        template.batchUpdate("""
                update catalogue_item set kind = ?, party_type = ?, party_state = ?, party_organisation_id = ?,
                    valid_from = ?, valid_until = ?, visibility = ?, status = ?, programme_id = ?, updated_at = ?,
                    version = version + 1
                where id = ?""", items, 1000, (ps, item) -> {
            ItemContent c = item.content();
            ps.setString(1, c.kind().name());
            ps.setString(2, c.party().type().name());
            ps.setString(3, c.party().stateCode());
            ps.setObject(4, c.party().organisationId());
            ps.setObject(5, sqlDate(c.validFrom()));
            ps.setObject(6, sqlDate(c.validUntil()));
            ps.setString(7, c.visibility().name());
            ps.setString(8, c.status().name());
            ps.setObject(9, c.programmeId());
            ps.setTimestamp(10, Timestamp.from(now));
            ps.setLong(11, item.id());
        });
        deleteChildren(items.stream().map(NewItem::id).toList());
        insertChildren(items);
    }

    boolean setStatus(long id, long expectedVersion, ItemStatus status, Instant now) {
        return jdbc.sql("update catalogue_item set status = ?, updated_at = ?, version = version + 1 "
                + "where id = ? and version = ?").params(status.name(), Timestamp.from(now), id, expectedVersion)
            .update() == 1;
    }

    private void deleteChildren(List<Long> ids) {
        for (List<Long> chunk : chunks(ids, 500)) {
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            for (String table : List.of("catalogue_item_text", "catalogue_item_code", "catalogue_item_contact",
                    "catalogue_item_partner")) {
                jdbc.sql("delete from " + table + " where item_id in (" + marks + ")").params(chunk.toArray()).update();
            }
        }
    }

    private void insertChildren(List<NewItem> items) {
        List<Object[]> texts = new ArrayList<>();
        List<Object[]> codes = new ArrayList<>();
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> partners = new ArrayList<>();
        for (NewItem item : items) {
            ItemContent c = item.content();
            int position = 0;
            for (var text : c.texts().entrySet()) {
                texts.add(new Object[] {item.id(), text.getKey(), position++, text.getValue().title(),
                        text.getValue().description()});
            }
            addCodes(codes, item.id(), "FIELD", c.fields().stream().map(Enum::name).toList());
            addCodes(codes, item.id(), "TYPE", c.types().stream().map(Enum::name).toList());
            addCodes(codes, item.id(), "REGION", c.regions());
            addCodes(codes, item.id(), "STATE", c.states());
            addCodes(codes, item.id(), "LANGUAGE", c.languages());
            for (int i = 0; i < c.contacts().size(); i++) {
                Contact k = c.contacts().get(i);
                contacts.add(new Object[] {item.id(), i, k.name(), k.role(), k.email(), k.phone()});
            }
            for (int i = 0; i < c.partners().size(); i++) {
                partners.add(new Object[] {item.id(), i, c.partners().get(i)});
            }
        }
        template.batchUpdate("insert into catalogue_item_text (item_id, language, position, title, description) "
                + "values (?, ?, ?, ?, ?)", texts);
        template.batchUpdate("insert into catalogue_item_code (item_id, facet, position, code) values (?, ?, ?, ?)",
                codes);
        template.batchUpdate("insert into catalogue_item_contact (item_id, position, name, role, email, phone) "
                + "values (?, ?, ?, ?, ?, ?)", contacts);
        template.batchUpdate("insert into catalogue_item_partner (item_id, position, name) values (?, ?, ?)",
                partners);
    }

    private static void addCodes(List<Object[]> rows, long id, String facet, Collection<String> codes) {
        int position = 0;
        for (String code : codes) {
            rows.add(new Object[] {id, facet, position++, code});
        }
    }

    /** Offers that share subject areas and forms with this one, most shared first (R4). */
    List<Long> similarOffers(long itemId, int limit) {
        return jdbc.sql("""
                select other.item_id, count(*) as shared from catalogue_item_code mine
                join catalogue_item_code other on other.facet = mine.facet and other.code = mine.code
                    and other.item_id <> mine.item_id
                join catalogue_item o on o.id = other.item_id and o.kind = 'OFFER' and o.status = 'OPEN'
                where mine.item_id = ? and mine.facet in ('FIELD', 'TYPE')
                group by other.item_id
                having sum(case when mine.facet = 'FIELD' then 1 else 0 end) > 0
                order by shared desc, other.item_id desc
                limit ?""").params(itemId, limit).query((rs, n) -> rs.getLong(1)).list();
    }

    long insertAttachment(long itemId, Attachment a, String storageKey) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into catalogue_attachment (item_id, file_name, content_type, size_bytes, sha256, storage_key,
                    uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(itemId, a.fileName(), a.contentType(), a.size(), a.sha256(), storageKey,
                    Timestamp.from(a.uploadedAt()), a.uploadedBy())
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<StoredAttachment> attachment(long id) {
        return jdbc.sql("select item_id, file_name, content_type, size_bytes, storage_key from catalogue_attachment "
                + "where id = ?").param(id)
            .query((rs, n) -> new StoredAttachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getString(5)))
            .optional();
    }

    long nextSequence(String prefix) {
        List<String> refs = jdbc.sql("select ref from catalogue_item where ref like ?").param(prefix + "%")
            .query(String.class).list();
        long max = 0;
        for (String ref : refs) {
            String tail = ref.substring(prefix.length());
            if (tail.matches("\\d{1,9}")) {
                max = Math.max(max, Long.parseLong(tail));
            }
        }
        return max + 1;
    }

    private static <E extends Enum<E>> EnumSet<E> enums(Class<E> type, @Nullable List<String> codes) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (codes != null) {
            codes.forEach(code -> set.add(Enum.valueOf(type, code)));
        }
        return set;
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Date sqlDate(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            chunks.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return chunks;
    }

    record NewItem(long id, String ref, ItemContent content) {
    }

    record StoredAttachment(long itemId, String fileName, String contentType, long size, String storageKey) {
    }

    private static final class Children {
        final LinkedHashMap<String, ItemText> texts = new LinkedHashMap<>();
        final Map<String, List<String>> codes = new HashMap<>();
        final List<Contact> contacts = new ArrayList<>();
        final List<String> partners = new ArrayList<>();
        final List<Attachment> attachments = new ArrayList<>();
    }
}
