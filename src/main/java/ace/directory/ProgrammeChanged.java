package ace.directory;

import java.util.Map;

import ace.shared.AuditedEvent;

/** The ISU registered or edited a provider's programme. */
public record ProgrammeChanged(long id, String code, String actor, Map<String, ?> before, Map<String, ?> after)
        implements AuditedEvent {

    @Override
    public String subject() {
        return "Programme:" + code;
    }
}
