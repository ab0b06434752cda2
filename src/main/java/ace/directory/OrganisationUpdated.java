package ace.directory;

import java.util.Map;

import ace.shared.AuditedEvent;

/** An organisation's registry entry was edited. */
public record OrganisationUpdated(long id, String actor, Map<String, ?> before, Map<String, ?> after)
        implements AuditedEvent {

    @Override
    public String subject() {
        return "Organisation:" + id;
    }
}
