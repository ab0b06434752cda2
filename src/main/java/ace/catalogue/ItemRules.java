package ace.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The rules every item obeys, whether it arrives by form, API or import. */
final class ItemRules {

    static final Pattern REF = Pattern.compile("[A-Za-z0-9._/\\-]{1,64}");
    static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*|x(-[A-Za-z0-9]{1,8})+");
    static final int LANGUAGE_MAX = 35;
    static final java.util.Set<String> REGIONS = java.util.Set.of("AFRICA", "ASIA_PACIFIC", "EASTERN_EUROPE",
            "LATIN_AMERICA_CARIBBEAN", "WESTERN_EUROPE_OTHERS");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int TITLE_MAX = 300;
    static final int DESCRIPTION_MAX = 20_000;
    static final int CONTACTS_MAX = 10;
    static final int PARTNERS_MAX = 20;

    private ItemRules() {
    }

    static List<Problem> check(@Nullable String ref, ItemContent c) {
        List<Problem> problems = new ArrayList<>();
        if (ref != null && !REF.matcher(ref).matches()) {
            problems.add(Problem.of(ref, "ref", "item.ref.invalid"));
        }
        if (c.kind() == ItemKind.REQUEST && c.party().type() != PartyType.STATE) {
            problems.add(Problem.of(ref, "party", "item.party.requestFromState"));
        }
        if (c.texts().isEmpty()) {
            problems.add(Problem.of(ref, "title", "item.title.required"));
        }
        if (c.visibility() == null) {
            problems.add(Problem.of(ref, "visibility", "interchange.member.required", "visibility"));
        }
        for (String region : c.regions()) {
            if (!REGIONS.contains(region)) {
                problems.add(Problem.of(ref, "eligibility.regions", "interchange.code.unknown", region));
            }
        }
        c.texts().forEach((language, text) -> {
            if (language.length() > LANGUAGE_MAX || !LANGUAGE_TAG.matcher(language).matches()) {
                problems.add(Problem.of(ref, "title." + language, "item.language.invalid", language));
            }
            if (text.title() == null || text.title().isBlank()) {
                problems.add(Problem.of(ref, "title." + language, "item.title.required"));
            }
            else if (text.title().length() > TITLE_MAX) {
                problems.add(Problem.of(ref, "title." + language, "item.title.tooLong", TITLE_MAX));
            }
            if (text.description() != null && text.description().length() > DESCRIPTION_MAX) {
                problems.add(Problem.of(ref, "description." + language, "item.description.tooLong", DESCRIPTION_MAX));
            }
        });
        if (c.fields().isEmpty()) {
            problems.add(Problem.of(ref, "fields", "item.fields.required"));
        }
        if (c.types().isEmpty()) {
            problems.add(Problem.of(ref, "types", "item.types.required"));
        }
        if (c.kind() == ItemKind.REQUEST && (!c.regions().isEmpty() || !c.states().isEmpty())) {
            problems.add(Problem.of(ref, "eligibility", "item.eligibility.offersOnly"));
        }
        for (String language : c.languages()) {
            if (language.length() > LANGUAGE_MAX || !LANGUAGE_TAG.matcher(language).matches()) {
                problems.add(Problem.of(ref, "languages", "item.language.invalid", language));
            }
        }
        if (c.validFrom() != null && c.validUntil() != null && c.validUntil().isBefore(c.validFrom())) {
            problems.add(Problem.of(ref, "validUntil", "item.validUntil.beforeFrom"));
        }
        if (c.contacts().size() > CONTACTS_MAX) {
            problems.add(Problem.of(ref, "contacts", "item.contacts.tooMany", CONTACTS_MAX));
        }
        for (int i = 0; i < c.contacts().size(); i++) {
            Contact contact = c.contacts().get(i);
            if (contact.name() == null || contact.name().isBlank() || contact.name().length() > 200) {
                problems.add(Problem.of(ref, "contacts[" + i + "].name", "item.contact.name"));
            }
            if (contact.email() != null && !contact.email().isBlank()
                    && (contact.email().length() > 320 || !EMAIL.matcher(contact.email()).matches())) {
                problems.add(Problem.of(ref, "contacts[" + i + "].email", "item.contact.email"));
            }
            if (contact.role() != null && contact.role().length() > 200) {
                problems.add(Problem.of(ref, "contacts[" + i + "].role", "item.field.tooLong", 200));
            }
            if (contact.phone() != null && contact.phone().length() > 50) {
                problems.add(Problem.of(ref, "contacts[" + i + "].phone", "item.field.tooLong", 50));
            }
        }
        if (c.partners().size() > PARTNERS_MAX) {
            problems.add(Problem.of(ref, "partners", "item.partners.tooMany", PARTNERS_MAX));
        }
        if (c.partners().stream().anyMatch(p -> p.length() > 300)) {
            problems.add(Problem.of(ref, "partners", "item.field.tooLong", 300));
        }
        return problems;
    }
}
