package ace.matching;

import java.util.Map;

import ace.shared.AuditedEvent;

/** A proposal was made, answered, withdrawn, planned or reported; or a match recorded after the fact. */
public record ProposalChanged(long proposalId, String requestRef, String offerRef, String change, String actor,
        Map<String, ?> after) implements AuditedEvent {

    @Override
    public String subject() {
        return "Proposal:" + proposalId;
    }
}
