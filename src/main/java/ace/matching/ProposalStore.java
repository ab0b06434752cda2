package ace.matching;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ace.catalogue.RestrictedAccessGrants;

/** Proposals in SQL; also tells the catalogue which restricted items a party may see through them. */
@Repository
class ProposalStore implements RestrictedAccessGrants {

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Proposal p, String requestRef, String offerRef, String requestState, @Nullable String offerState,
            @Nullable Long offerOrganisation, String actor, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into matching_proposal (request_id, offer_id, request_ref, offer_ref, request_state, offer_state,
                    offer_organisation, proposed_by, proposed_by_actor, recorded_after_fact, status, requester_answer,
                    provider_answer, history, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(p.requestId(), p.offerId(), requestRef, offerRef, requestState, offerState, offerOrganisation,
                    p.proposedBy().name(), actor, p.recordedAfterTheFact(), p.status().name(), name(p.requesterAnswer()),
                    name(p.providerAnswer()), stored(p.history()), Timestamp.from(now), Timestamp.from(now))
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, long version, Proposal p, Instant now) {
        Proposal.Outcome o = p.outcome();
        return jdbc.sql("""
                update matching_proposal set status = ?, requester_answer = ?, provider_answer = ?, decline_reason = ?,
                    planned_start = ?, planned_end = ?, delivery = ?, delivered = ?, women = ?, men = ?,
                    other_gender = ?, requester_feedback = ?, provider_feedback = ?, lessons = ?, history = ?,
                    updated_at = ?, version = version + 1
                where id = ? and version = ?""")
            .params(p.status().name(), name(p.requesterAnswer()), name(p.providerAnswer()), p.declineReason(),
                    date(p.plannedStart()), date(p.plannedEnd()), o == null ? null : o.delivery().name(),
                    o == null ? null : o.delivered(), o == null ? null : o.participants().women(),
                    o == null ? null : o.participants().men(), o == null ? null : o.participants().other(),
                    o == null ? null : o.requesterFeedback(), o == null ? null : o.providerFeedback(),
                    o == null ? null : o.lessons(), stored(p.history()), Timestamp.from(now), id, version)
            .update() == 1;
    }

    Optional<StoredProposal> find(long id) {
        return jdbc.sql("select * from matching_proposal where id = ?").param(id).query(ProposalStore::row).optional();
    }

    /** Proposals about any of these items, newest first. */
    List<StoredProposal> about(long itemId) {
        return jdbc.sql("select * from matching_proposal where request_id = ? or offer_id = ? order by id desc")
            .params(itemId, itemId).query(ProposalStore::row).list();
    }

    /** Proposals one party is in (all of them for the ISU: pass nulls and all = true). */
    List<StoredProposal> forParty(@Nullable String state, @Nullable Long organisation, boolean all) {
        if (all) {
            return jdbc.sql("select * from matching_proposal order by id desc limit 500").query(ProposalStore::row).list();
        }
        return jdbc.sql("""
                select * from matching_proposal where request_state = ? or offer_state = ? or offer_organisation = ?
                order by id desc limit 500""")
            .params(state, state, organisation).query(ProposalStore::row).list();
    }

    boolean activeBetween(long requestId, long offerId) {
        return jdbc.sql("select count(*) from matching_proposal where request_id = ? and offer_id = ? "
                + "and status in ('PROPOSED', 'CONFIRMED', 'PLANNED')").params(requestId, offerId)
            .query(Long.class).single() > 0;
    }

    private static final String ENDED = "('DECLINED', 'WITHDRAWN')";

    @Override
    public Set<Long> grantedItems(@Nullable String stateCode, @Nullable Long organisationId) {
        Set<Long> granted = new HashSet<>();
        // Declined and withdrawn proposals end the grant: nothing was agreed, nothing more to see.
        jdbc.sql("select offer_id from matching_proposal where request_state = ? and status not in " + ENDED)
            .param(stateCode).query(Long.class).list().forEach(granted::add);
        jdbc.sql("select request_id from matching_proposal where (offer_state = ? or offer_organisation = ?) "
                + "and status not in " + ENDED).params(stateCode, organisationId).query(Long.class).list()
            .forEach(granted::add);
        return granted;
    }

    /**
     * The stored history, one step a line. Lines from before steps had fields may continue a
     * decline reason that held a line break: they belong to the step above them.
     */
    static List<Proposal.Step> steps(String stored) {
        List<Proposal.Step> steps = new java.util.ArrayList<>();
        for (String line : stored.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                steps.add(Proposal.Step.parse(line));
            }
            catch (java.time.format.DateTimeParseException continuation) {
                if (!steps.isEmpty()) {
                    var last = steps.remove(steps.size() - 1);
                    steps.add(new Proposal.Step(last.at(), last.event(), last.side(),
                            (last.detail() == null ? "" : last.detail() + " ") + line.strip()));
                }
            }
        }
        return steps;
    }

    private static String stored(List<Proposal.Step> history) {
        return String.join("\n", history.stream().map(Proposal.Step::stored).toList());
    }

    private static StoredProposal row(ResultSet rs, int n) throws SQLException {
        Proposal.Outcome outcome = null;
        String delivery = rs.getString("delivery");
        if (delivery != null) {
            outcome = new Proposal.Outcome(Proposal.Delivery.valueOf(delivery), rs.getString("delivered"),
                    new Proposal.Participants(rs.getInt("women"), rs.getInt("men"), rs.getInt("other_gender")),
                    rs.getString("requester_feedback"), rs.getString("provider_feedback"), rs.getString("lessons"));
        }
        Date start = rs.getDate("planned_start");
        Date end = rs.getDate("planned_end");
        Proposal p = Proposal.restore(rs.getLong("request_id"), rs.getLong("offer_id"),
                Proposal.Side.valueOf(rs.getString("proposed_by")), rs.getBoolean("recorded_after_fact"),
                Proposal.Status.valueOf(rs.getString("status")), answer(rs.getString("requester_answer")),
                answer(rs.getString("provider_answer")), rs.getString("decline_reason"),
                start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(), outcome,
                steps(rs.getString("history")));
        long organisation = rs.getLong("offer_organisation");
        Long offerOrganisation = rs.wasNull() ? null : organisation;
        return new StoredProposal(rs.getLong("id"), rs.getString("request_ref"), rs.getString("offer_ref"),
                rs.getString("request_state"), rs.getString("offer_state"), offerOrganisation,
                rs.getString("proposed_by_actor"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), p);
    }

    private static Proposal.@Nullable Answer answer(@Nullable String value) {
        return value == null ? null : Proposal.Answer.valueOf(value);
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable Date date(java.time.@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
