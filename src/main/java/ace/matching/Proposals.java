package ace.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ace.catalogue.Catalogue;
import ace.catalogue.ItemKind;
import ace.catalogue.ItemView;
import ace.catalogue.NotAllowedException;
import ace.catalogue.Party;
import ace.catalogue.Viewer;
import ace.matching.Proposal.ProposalRefused;
import ace.matching.Proposal.Side;
import ace.shared.Actors;
import ace.shared.NotFoundException;

/**
 * The loop after a suggestion: propose, accept or decline, withdraw, confirm, plan, report —
 * and record matches arranged outside ACE. Who the signed-in person is in a proposal (the
 * requester's side, the provider's side, or the ISU) decides what she may do; the proposal
 * decides what its state allows. Every step is audited.
 */
@Service
@Transactional
public class Proposals {

    private final ProposalStore store;
    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MatchItems matchItems;

    Proposals(ProposalStore store, Catalogue catalogue, ApplicationEventPublisher events, Clock clock,
            ace.directory.Directory directory, Vocabulary vocabulary) {
        this.matchItems = new MatchItems(directory, vocabulary);
        this.store = store;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes a match; the hard constraints of matching apply. Returns the proposal's id. */
    public long propose(String requestRef, String offerRef) {
        return open(requestRef, offerRef, false);
    }

    /** Records a match arranged outside ACE, confirmed from the start. Returns its id. */
    public long recordAfterTheFact(String requestRef, String offerRef) {
        return open(requestRef, offerRef, true);
    }

    private long open(String requestRef, String offerRef, boolean afterTheFact) {
        Viewer viewer = catalogue.viewer();
        ItemView request = item(requestRef, ItemKind.REQUEST, viewer);
        ItemView offer = item(offerRef, ItemKind.OFFER, viewer);
        Side side = side(request, offer).orElseThrow(() -> new NotAllowedException("not a party to this match"));
        if (!afterTheFact && !allowed(request, offer)) {
            throw new ProposalRefused("proposal.notAllowedByConstraints");
        }
        if (store.activeBetween(request.id(), offer.id())) {
            throw new ProposalRefused("proposal.exists");
        }
        var now = clock.instant();
        Proposal proposal = afterTheFact ? Proposal.recordAfterTheFact(request.id(), offer.id(), side, now)
                : Proposal.propose(request.id(), offer.id(), side, now);
        Party offerParty = offer.content().party();
        long id = store.insert(proposal, requestRef, offerRef, request.content().party().stateCode(),
                offerParty.stateCode(), offerParty.organisationId(),
                Actors.current(), now);
        publish(id, requestRef, offerRef, afterTheFact ? "RECORDED" : "PROPOSED", proposal);
        return id;
    }

    /** The hard constraints of matching (open, eligible, overlapping windows) and an open request. */
    private boolean allowed(ItemView request, ItemView offer) {
        return request.content().status() == ace.catalogue.ItemStatus.OPEN
                && MatchEngine.allowed(matchItems.of(request), matchItems.of(offer));
    }

    public void accept(long id) {
        change(id, "ACCEPTED", (p, side) -> p.accept(side, clock.instant()));
    }

    public void decline(long id, String reason) {
        change(id, "DECLINED", (p, side) -> p.decline(side, reason, clock.instant()));
    }

    public void withdraw(long id) {
        change(id, "WITHDRAWN", (p, side) -> p.withdraw(side, clock.instant()));
    }

    public void plan(long id, LocalDate start, LocalDate end) {
        change(id, "PLANNED", (p, side) -> p.plan(start, end, clock.instant()));
    }

    public void report(long id, Proposal.Outcome outcome) {
        change(id, "REPORTED", (p, side) -> p.report(outcome, clock.instant()));
    }

    public void feedback(long id, String text, @Nullable String lessons) {
        change(id, "FEEDBACK", (p, side) -> p.feedback(side, text, lessons, clock.instant()));
    }

    private void change(long id, String what, java.util.function.BiConsumer<Proposal, Side> transition) {
        StoredProposal stored = visible(id);
        Side side = sideIn(stored).orElseThrow(() -> new NotAllowedException("not a party to this proposal"));
        transition.accept(stored.proposal(), side);
        if (!store.update(id, stored.version(), stored.proposal(), clock.instant())) {
            throw new ProposalRefused("proposal.changedConcurrently");
        }
        publish(id, stored.requestRef(), stored.offerRef(), what, stored.proposal());
    }

    /** A proposal the signed-in person may see (a party to it, or the ISU). */
    @Transactional(readOnly = true)
    public StoredProposal visible(long id) {
        StoredProposal stored = store.find(id).orElseThrow(() -> new NotFoundException("proposal " + id));
        // Parties keep their proposal even when the other side's restricted item is no longer shown to them.
        if (!(catalogue.isIsu() || isParty(stored, catalogue.viewer()))) {
            throw new NotFoundException("proposal " + id);
        }
        return stored;
    }

    /** The signed-in person's side in this proposal, if she has one. */
    @Transactional(readOnly = true)
    public Optional<Side> sideIn(StoredProposal stored) {
        return side(item(stored.requestRef(), ItemKind.REQUEST, Viewer.EVERYTHING),
                item(stored.offerRef(), ItemKind.OFFER, Viewer.EVERYTHING));
    }

    /** The proposals the signed-in person is party to (all of them for the ISU), newest first. */
    @Transactional(readOnly = true)
    public List<StoredProposal> mine() {
        Viewer viewer = catalogue.viewer();
        if (!viewer.signedIn()) {
            return List.of();
        }
        return store.forParty(viewer.stateCode(), viewer.organisationId(), viewer.isu());
    }

    /** Proposals about an item, for its page (only those the reader may see). */
    @Transactional(readOnly = true)
    public List<StoredProposal> about(ItemView item) {
        Viewer viewer = catalogue.viewer();
        if (!viewer.signedIn()) {
            return List.of();
        }
        return store.about(item.id()).stream().filter(p -> viewer.isu() || isParty(p, viewer)).toList();
    }

    /** May the signed-in person propose this pair (is she one of its parties, or the ISU)? */
    @Transactional(readOnly = true)
    public boolean mayPropose(ItemView request, ItemView offer) {
        return side(request, offer).isPresent();
    }

    private static boolean isParty(StoredProposal p, Viewer viewer) {
        return (viewer.stateCode() != null && (viewer.stateCode().equals(p.requestState())
                || viewer.stateCode().equals(p.offerState())))
                || (viewer.organisationId() != null && viewer.organisationId().equals(p.offerOrganisation()));
    }

    private Optional<Side> side(ItemView request, ItemView offer) {
        if (catalogue.isIsu()) {
            return Optional.of(Side.ISU);
        }
        if (catalogue.representsParty(request.content().party(), ItemKind.REQUEST)) {
            return Optional.of(Side.REQUESTER);
        }
        if (catalogue.representsParty(offer.content().party(), ItemKind.OFFER)) {
            return Optional.of(Side.PROVIDER);
        }
        return Optional.empty();
    }

    private ItemView item(String ref, ItemKind kind, Viewer viewer) {
        ItemView item = catalogue.get(ref, viewer);
        if (item.kind() != kind) {
            throw new NotFoundException(ref);
        }
        return item;
    }

    private void publish(long id, String requestRef, String offerRef, String change, Proposal p) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", p.status().name());
        after.put("requesterAnswer", String.valueOf(p.requesterAnswer()));
        after.put("providerAnswer", String.valueOf(p.providerAnswer()));
        if (p.declineReason() != null) {
            after.put("declineReason", p.declineReason());
        }
        if (p.outcome() != null) {
            after.put("delivery", p.outcome().delivery().name());
            after.put("participants", p.outcome().participants().toString());
        }
        events.publishEvent(new ProposalChanged(id, requestRef, offerRef, change, Actors.current(), after));
    }

    /** For readers: the kind of the other item of a proposal seen from one item. */
    static @Nullable String other(StoredProposal p, ItemView item) {
        return item.kind() == ItemKind.REQUEST ? p.offerRef() : p.requestRef();
    }
}
