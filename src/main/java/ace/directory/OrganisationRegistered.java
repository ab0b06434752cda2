package ace.directory;

import java.util.Map;

import ace.shared.AuditedEvent;

/** A new organisation entered the registry. */
public record OrganisationRegistered(long id, String acronym, String actor, Map<String, ?> after)
        implements AuditedEvent {

    @Override
    public String subject() {
        return "Organisation:" + id;
    }
}
