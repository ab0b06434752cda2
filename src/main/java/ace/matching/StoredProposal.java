package ace.matching;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A proposal as stored: the aggregate and where it points. */
public record StoredProposal(long id, String requestRef, String offerRef, String requestState, @Nullable String offerState,
        @Nullable Long offerOrganisation, String proposedByActor, long version, Instant createdAt, Instant updatedAt,
        Proposal proposal) {
}
