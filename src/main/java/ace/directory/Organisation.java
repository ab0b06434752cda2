package ace.directory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "directory_organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String acronym;
    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String website;
    private String description;
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(OrganisationDetails details, Instant now) {
        this.createdAt = now;
        apply(details);
    }

    Map<String, Object> apply(OrganisationDetails details) {
        Map<String, Object> before = recorded();
        this.acronym = details.acronym().strip();
        this.name = details.name().strip();
        this.kind = details.kind();
        this.website = blankToNull(details.website());
        this.description = blankToNull(details.description());
        return before;
    }

    Map<String, Object> recorded() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (acronym == null) {
            return values;
        }
        values.put("acronym", acronym);
        values.put("name", name);
        values.put("kind", kind.name());
        values.put("website", website == null ? "" : website);
        values.put("description", description == null ? "" : description);
        return values;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    OrganisationRef ref() {
        return new OrganisationRef(id, acronym, name, kind);
    }

    OrganisationDetails details() {
        return new OrganisationDetails(acronym, name, kind, website, description, version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
