package ace.directory;

import java.util.Map;

import ace.shared.AuditedEvent;

/** The ISU corrected a State's reference data. */
public record StateCorrected(String code, String actor, Map<String, ?> before, Map<String, ?> after)
        implements AuditedEvent {

    @Override
    public String subject() {
        return "State:" + code;
    }
}
