package ace.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The item form. A mutable bean because it binds indexed rows (texts, contacts); it is turned
 * into {@link ItemContent} and checked by {@link ItemRules} like every other way in.
 */
public class ItemForm {

    private String partyType = "STATE";
    private String partyState = "";
    private @Nullable Long partyOrganisation;
    private List<TextRow> texts = new ArrayList<>();
    private Set<SubjectArea> fields = EnumSet.noneOf(SubjectArea.class);
    private Set<AssistanceForm> types = EnumSet.noneOf(AssistanceForm.class);
    private Set<String> regions = new LinkedHashSet<>();
    private Set<String> states = new LinkedHashSet<>();
    private Set<String> languages = new LinkedHashSet<>();
    private String otherLanguages = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validUntil;
    private Visibility visibility = Visibility.STATES_PARTIES;
    private @Nullable Long programme;
    private List<ContactRow> contacts = new ArrayList<>();
    private String partners = "";
    private long version;

    static ItemForm blank(String language, @Nullable Party party) {
        ItemForm form = new ItemForm();
        form.texts.add(new TextRow(language, "", ""));
        form.texts.add(new TextRow("", "", ""));
        form.languages.add(language);
        if (party != null) {
            form.partyType = party.type().name();
            form.partyState = party.stateCode() == null ? "" : party.stateCode();
            form.partyOrganisation = party.organisationId();
        }
        form.padContacts();
        return form;
    }

    static ItemForm of(ItemView item) {
        ItemContent c = item.content();
        ItemForm form = new ItemForm();
        form.partyType = c.party().type().name();
        form.partyState = c.party().stateCode() == null ? "" : c.party().stateCode();
        form.partyOrganisation = c.party().organisationId();
        c.texts().forEach((language, text) -> form.texts.add(new TextRow(language, text.title(),
                text.description() == null ? "" : text.description())));
        form.texts.add(new TextRow("", "", ""));
        form.fields = c.fields().isEmpty() ? EnumSet.noneOf(SubjectArea.class) : EnumSet.copyOf(c.fields());
        form.types = c.types().isEmpty() ? EnumSet.noneOf(AssistanceForm.class) : EnumSet.copyOf(c.types());
        form.regions = new LinkedHashSet<>(c.regions());
        form.states = new LinkedHashSet<>(c.states());
        List<String> others = new ArrayList<>();
        for (String language : c.languages()) {
            if (ace.shared.Language.of(language).map(l -> l.code().equals(language)).orElse(false)) {
                form.languages.add(language);
            }
            else {
                others.add(language);
            }
        }
        form.otherLanguages = String.join(", ", others);
        form.validFrom = c.validFrom();
        form.validUntil = c.validUntil();
        form.visibility = c.visibility();
        form.programme = c.programmeId();
        c.contacts().forEach(k -> form.contacts.add(new ContactRow(k.name(), nz(k.role()), nz(k.email()),
                nz(k.phone()))));
        form.partners = String.join("\n", c.partners());
        form.version = item.version();
        form.padContacts();
        return form;
    }

    void padContacts() {
        while (contacts.size() < 3) {
            contacts.add(new ContactRow("", "", "", ""));
        }
    }

    ItemContent toContent(ItemKind kind, Party party, ItemStatus status) {
        LinkedHashMap<String, ItemText> map = new LinkedHashMap<>();
        for (TextRow row : texts) {
            boolean empty = row.getTitle().isBlank() && row.getDescription().isBlank();
            if (empty) {
                continue;
            }
            String language = InterchangeReader.canonicalLanguage(row.getLanguage().isBlank() ? "und"
                    : row.getLanguage());
            map.put(language, new ItemText(row.getTitle().strip(),
                    row.getDescription().isBlank() ? null : row.getDescription().strip()));
        }
        LinkedHashSet<String> allLanguages = new LinkedHashSet<>();
        languages.forEach(l -> allLanguages.add(InterchangeReader.canonicalLanguage(l)));
        for (String other : otherLanguages.split("[,;\\s]+")) {
            if (!other.isBlank()) {
                allLanguages.add(InterchangeReader.canonicalLanguage(other));
            }
        }
        List<Contact> contactList = new ArrayList<>();
        for (ContactRow row : contacts) {
            if (row.getName().isBlank() && row.getEmail().isBlank() && row.getPhone().isBlank()) {
                continue;
            }
            contactList.add(new Contact(row.getName().strip(), blank(row.getRole()), blank(row.getEmail()),
                    blank(row.getPhone())));
        }
        List<String> partnerList = partners.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        boolean offer = kind == ItemKind.OFFER;
        return new ItemContent(kind, party, map, fields, types, offer ? regions : Set.of(),
                offer ? upper(states) : Set.of(), List.copyOf(allLanguages), validFrom, validUntil,
                visibility == null ? Visibility.STATES_PARTIES : visibility, status,
                offer ? programme : null, contactList, partnerList);
    }

    private static Set<String> upper(Set<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        codes.stream().filter(c -> !c.isBlank()).forEach(c -> result.add(c.strip().toUpperCase(Locale.ROOT)));
        return result;
    }

    private static @Nullable String blank(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }

    // Bean accessors for binding.
    public String getPartyType() { return partyType; }
    public void setPartyType(String partyType) { this.partyType = partyType; }
    public String getPartyState() { return partyState; }
    public void setPartyState(String partyState) { this.partyState = partyState; }
    public @Nullable Long getPartyOrganisation() { return partyOrganisation; }
    public void setPartyOrganisation(@Nullable Long partyOrganisation) { this.partyOrganisation = partyOrganisation; }
    public List<TextRow> getTexts() { return texts; }
    public void setTexts(List<TextRow> texts) { this.texts = texts; }
    public Set<SubjectArea> getFields() { return fields; }
    public void setFields(Set<SubjectArea> fields) { this.fields = fields; }
    public Set<AssistanceForm> getTypes() { return types; }
    public void setTypes(Set<AssistanceForm> types) { this.types = types; }
    public Set<String> getRegions() { return regions; }
    public void setRegions(Set<String> regions) { this.regions = regions; }
    public Set<String> getStates() { return states; }
    public void setStates(Set<String> states) { this.states = states; }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> languages) { this.languages = languages; }
    public String getOtherLanguages() { return otherLanguages; }
    public void setOtherLanguages(String otherLanguages) { this.otherLanguages = otherLanguages; }
    public @Nullable LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(@Nullable LocalDate validFrom) { this.validFrom = validFrom; }
    public @Nullable LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(@Nullable LocalDate validUntil) { this.validUntil = validUntil; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public @Nullable Long getProgramme() { return programme; }
    public void setProgramme(@Nullable Long programme) { this.programme = programme; }
    public List<ContactRow> getContacts() { return contacts; }
    public void setContacts(List<ContactRow> contacts) { this.contacts = contacts; }
    public String getPartners() { return partners; }
    public void setPartners(String partners) { this.partners = partners; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    /** One language's title and description. */
    public static class TextRow {
        private String language = "";
        private String title = "";
        private String description = "";

        public TextRow() {
        }

        TextRow(String language, String title, String description) {
            this.language = language;
            this.title = title;
            this.description = description;
        }

        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language == null ? "" : language; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title == null ? "" : title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description == null ? "" : description; }
    }

    /** One contact person. */
    public static class ContactRow {
        private String name = "";
        private String role = "";
        private String email = "";
        private String phone = "";

        public ContactRow() {
        }

        ContactRow(String name, String role, String email, String phone) {
            this.name = name;
            this.role = role;
            this.email = email;
            this.phone = phone;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name == null ? "" : name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role == null ? "" : role; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email == null ? "" : email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone == null ? "" : phone; }
    }
}
