package ace.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Reads items in the interchange representation (INTERCHANGE.md §2), collecting every problem
 * with the item's {@code ref} and the member at fault. Unknown members are problems too, so a
 * misspelt member is never silently dropped.
 */
final class InterchangeReader {

    static final Set<String> MEMBERS = Set.of("ref", "kind", "party", "title", "description", "fields", "types",
            "eligibility", "languages", "validFrom", "validUntil", "visibility", "status");
    private static final Set<String> PARTY_MEMBERS = Set.of("type", "code", "name", "acronym");
    private static final Set<String> ELIGIBILITY_MEMBERS = Set.of("regions", "states");
    private static final Set<String> REGIONS = Set.of("AFRICA", "ASIA_PACIFIC", "EASTERN_EUROPE",
            "LATIN_AMERICA_CARIBBEAN", "WESTERN_EUROPE_OTHERS");

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    /** Names the item of problems recorded since {@code from} that had no ref, e.g. {@code items[3]}. */
    void nameUnnamed(int from, String name) {
        for (int i = from; i < problems.size(); i++) {
            Problem p = problems.get(i);
            if (p.ref() == null || p.ref().isBlank()) {
                problems.set(i, new Problem(name, p.member(), p.key(), p.args()));
            }
        }
    }

    /**
     * Reads one item; returns null when it has problems (they are recorded). With
     * {@code refRequired} false (API create) a missing ref is allowed.
     */
    @Nullable ParsedItem read(JsonNode node, boolean refRequired) {
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(Problem.of(null, "item", "interchange.item.notObject"));
            return null;
        }
        String ref = node.has("ref") && node.get("ref").isString() ? node.get("ref").stringValue() : null;
        for (String member : node.propertyNames()) {
            if (!MEMBERS.contains(member)) {
                problems.add(Problem.of(ref, member, "interchange.member.unknown", member));
            }
        }
        if (node.has("ref") && !node.get("ref").isString()) {
            problems.add(Problem.of(null, "ref", "item.ref.invalid"));
        }
        else if (ref == null && refRequired) {
            problems.add(Problem.of(null, "ref", "interchange.member.required", "ref"));
        }
        else if (ref != null && !ItemRules.REF.matcher(ref).matches()) {
            problems.add(Problem.of(ref, "ref", "item.ref.invalid"));
        }
        ItemKind kind = enumValue(ref, node, "kind", ItemKind.class, true);
        PartySpec party = party(ref, node.get("party"));
        LinkedHashMap<String, ItemText> texts = texts(ref, node);
        Set<SubjectArea> fields = enumSet(ref, node, "fields", SubjectArea.class);
        Set<AssistanceForm> types = enumSet(ref, node, "types", AssistanceForm.class);
        Set<String> regions = new LinkedHashSet<>();
        Set<String> states = new LinkedHashSet<>();
        eligibility(ref, node.get("eligibility"), kind, regions, states);
        List<String> languages = languages(ref, node.get("languages"));
        LocalDate from = date(ref, node, "validFrom");
        LocalDate until = date(ref, node, "validUntil");
        Visibility visibility = node.has("visibility") ? enumValue(ref, node, "visibility", Visibility.class, true)
                : Visibility.STATES_PARTIES;
        ItemStatus status = node.has("status") ? enumValue(ref, node, "status", ItemStatus.class, true)
                : ItemStatus.OPEN;
        if (kind == null || party == null || visibility == null || status == null) {
            return null;
        }
        Party placeholder = party.type() == PartyType.STATE ? Party.state(String.valueOf(party.code()))
                : Party.organisation(0);
        ItemContent content = new ItemContent(kind, placeholder, texts, fields, types, regions, states, languages,
                from, until, visibility, status, null, List.of(), List.of());
        Set<String> reported = new java.util.HashSet<>();
        problems.subList(before, problems.size()).forEach(p -> reported.add(p.member()));
        List<Problem> rules = ItemRules.check(ref, content).stream()
            .filter(p -> !reported.contains(p.member())).toList();
        problems.addAll(rules);
        if (problems.size() > before) {
            return null;
        }
        return new ParsedItem(ref, party, content);
    }

    private @Nullable PartySpec party(@Nullable String ref, @Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            problems.add(Problem.of(ref, "party", "interchange.member.required", "party"));
            return null;
        }
        if (!node.isObject()) {
            problems.add(Problem.of(ref, "party", "interchange.party.invalid"));
            return null;
        }
        for (String member : node.propertyNames()) {
            if (!PARTY_MEMBERS.contains(member)) {
                problems.add(Problem.of(ref, "party." + member, "interchange.member.unknown", "party." + member));
            }
        }
        String type = text(node.get("type"));
        if ("STATE".equals(type)) {
            String code = text(node.get("code"));
            if (code == null || !code.matches("[A-Za-z]{3}")) {
                problems.add(Problem.of(ref, "party.code", "interchange.party.code"));
                return null;
            }
            return new PartySpec(PartyType.STATE, code.toUpperCase(Locale.ROOT), null, null);
        }
        if ("ORGANISATION".equals(type)) {
            String name = text(node.get("name"));
            String acronym = text(node.get("acronym"));
            if ((name == null || name.isBlank()) && (acronym == null || acronym.isBlank())) {
                problems.add(Problem.of(ref, "party.name", "interchange.party.organisation"));
                return null;
            }
            if (acronym != null && acronym.strip().length() > 32) {
                problems.add(Problem.of(ref, "party.acronym", "interchange.party.acronym"));
                return null;
            }
            if (name != null && name.strip().length() > 300) {
                problems.add(Problem.of(ref, "party.name", "interchange.party.organisation"));
                return null;
            }
            return new PartySpec(PartyType.ORGANISATION, null, blankToNull(name), blankToNull(acronym));
        }
        problems.add(Problem.of(ref, "party.type", "interchange.party.type"));
        return null;
    }

    private LinkedHashMap<String, ItemText> texts(@Nullable String ref, JsonNode node) {
        LinkedHashMap<String, ItemText> texts = new LinkedHashMap<>();
        JsonNode titles = node.get("title");
        if (titles == null || !titles.isObject() || titles.isEmpty()) {
            problems.add(Problem.of(ref, "title", "interchange.title.map"));
            return texts;
        }
        JsonNode descriptions = node.get("description");
        if (descriptions != null && !descriptions.isNull() && !descriptions.isObject()) {
            problems.add(Problem.of(ref, "description", "interchange.description.map"));
            descriptions = null;
        }
        for (Map.Entry<String, JsonNode> title : titles.properties()) {
            String language = canonicalLanguage(title.getKey());
            if (!title.getValue().isString()) {
                problems.add(Problem.of(ref, "title." + title.getKey(), "interchange.text.string"));
                continue;
            }
            texts.put(language, new ItemText(title.getValue().stringValue().strip(), null));
        }
        if (descriptions != null && descriptions.isObject()) {
            for (Map.Entry<String, JsonNode> description : descriptions.properties()) {
                String language = canonicalLanguage(description.getKey());
                if (!description.getValue().isString()) {
                    problems.add(Problem.of(ref, "description." + description.getKey(), "interchange.text.string"));
                    continue;
                }
                ItemText text = texts.get(language);
                if (text == null) {
                    problems.add(Problem.of(ref, "description." + description.getKey(),
                            "interchange.description.withoutTitle", description.getKey()));
                    continue;
                }
                texts.put(language, new ItemText(text.title(), description.getValue().stringValue().strip()));
            }
        }
        return texts;
    }

    private void eligibility(@Nullable String ref, @Nullable JsonNode node, @Nullable ItemKind kind,
            Set<String> regions, Set<String> states) {
        if (node == null || node.isNull()) {
            return;
        }
        if (kind == ItemKind.REQUEST) {
            problems.add(Problem.of(ref, "eligibility", "item.eligibility.offersOnly"));
            return;
        }
        if (!node.isObject()) {
            problems.add(Problem.of(ref, "eligibility", "interchange.eligibility.invalid"));
            return;
        }
        for (String member : node.propertyNames()) {
            if (!ELIGIBILITY_MEMBERS.contains(member)) {
                problems.add(Problem.of(ref, "eligibility." + member, "interchange.member.unknown",
                        "eligibility." + member));
            }
        }
        for (String region : strings(ref, node.get("regions"), "eligibility.regions")) {
            if (REGIONS.contains(region)) {
                regions.add(region);
            }
            else {
                problems.add(Problem.of(ref, "eligibility.regions", "interchange.code.unknown", region));
            }
        }
        for (String state : strings(ref, node.get("states"), "eligibility.states")) {
            if (state.matches("[A-Za-z]{3}")) {
                states.add(state.toUpperCase(Locale.ROOT));
            }
            else {
                problems.add(Problem.of(ref, "eligibility.states", "interchange.party.code"));
            }
        }
    }

    private List<String> languages(@Nullable String ref, @Nullable JsonNode node) {
        List<String> languages = new ArrayList<>();
        for (String tag : strings(ref, node, "languages")) {
            String language = canonicalLanguage(tag);
            if (!ItemRules.LANGUAGE_TAG.matcher(language).matches()) {
                problems.add(Problem.of(ref, "languages", "item.language.invalid", tag));
            }
            else if (!languages.contains(language)) {
                languages.add(language);
            }
        }
        return languages;
    }

    private List<String> strings(@Nullable String ref, @Nullable JsonNode node, String member) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            problems.add(Problem.of(ref, member, "interchange.array"));
            return values;
        }
        for (JsonNode value : node.values()) {
            if (!value.isString()) {
                problems.add(Problem.of(ref, member, "interchange.array"));
            }
            else {
                values.add(value.stringValue().strip());
            }
        }
        return values;
    }

    private <E extends Enum<E>> Set<E> enumSet(@Nullable String ref, JsonNode node, String member, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        JsonNode values = node.get(member);
        if (values == null || values.isNull()) {
            problems.add(Problem.of(ref, member, "interchange.member.required", member));
            return set;
        }
        for (String code : strings(ref, values, member)) {
            try {
                set.add(Enum.valueOf(type, code));
            }
            catch (IllegalArgumentException e) {
                problems.add(Problem.of(ref, member, "interchange.code.unknown", code));
            }
        }
        return set;
    }

    private <E extends Enum<E>> @Nullable E enumValue(@Nullable String ref, JsonNode node, String member,
            Class<E> type, boolean required) {
        String value = text(node.get(member));
        if (value == null) {
            if (required) {
                problems.add(Problem.of(ref, member, "interchange.member.required", member));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            problems.add(Problem.of(ref, member, "interchange.code.unknown", value));
            return null;
        }
    }

    private @Nullable LocalDate date(@Nullable String ref, JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (!value.isString()) {
                throw new DateTimeParseException("not a string", "", 0);
            }
            return LocalDate.parse(value.stringValue());
        }
        catch (DateTimeParseException e) {
            problems.add(Problem.of(ref, member, "interchange.date"));
            return null;
        }
    }

    /** BCP 47 as written, with the case conventions applied (zh-hans → zh-Hans). */
    static String canonicalLanguage(String tag) {
        String trimmed = tag.strip().replace('_', '-');
        if (!ItemRules.LANGUAGE_TAG.matcher(trimmed).matches()) {
            return trimmed;
        }
        String canonical = Locale.forLanguageTag(trimmed).toLanguageTag();
        return "und".equals(canonical) ? trimmed : canonical;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
