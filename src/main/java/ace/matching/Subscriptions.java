package ace.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import ace.catalogue.Catalogue;
import ace.catalogue.ItemAccess;
import ace.catalogue.ItemKind;
import ace.catalogue.ItemPublished;
import ace.catalogue.ItemView;
import ace.catalogue.Party;
import ace.catalogue.Viewer;
import ace.directory.Directory;
import ace.shared.Actors;

/**
 * Providers subscribe to subject areas and regions; when a new request fits one of their open
 * offers at or above their threshold, they find a notification in their ACE inbox (e-mail comes
 * with the notifications module). Notifications belong to the party (State or organisation),
 * so every contact of a provider sees them, and only requests the provider may see are named.
 */
@Service
public class Subscriptions {

    private final JdbcClient jdbc;
    private final Matching matching;
    private final Catalogue catalogue;
    private final Directory directory;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Subscriptions(JdbcClient jdbc, Matching matching, Catalogue catalogue, Directory directory, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.matching = matching;
        this.catalogue = catalogue;
        this.directory = directory;
        this.clock = clock;
    }

    /** A subscription: subject areas (empty = any), regions of the requester (empty = any), minimum score 0–100. */
    public record Subscription(long id, Set<String> fields, Set<String> regions, int threshold) {
    }

    /** A request that fits one of the party's offers. */
    public record Notification(long id, String requestRef, String offerRef, int score, Instant createdAt) {
    }

    @Transactional
    public void subscribe(Party party, Set<String> fields, Set<String> regions, int threshold) {
        jdbc.sql("""
                insert into matching_subscription (party_state, party_organisation, fields, regions, threshold,
                    created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)""")
            .params(party.stateCode(), party.organisationId(), String.join(",", fields), String.join(",", regions),
                    Math.clamp(threshold, 0, 100), Actors.current(), Timestamp.from(clock.instant()))
            .update();
    }

    @Transactional
    public void unsubscribe(Party party, long id) {
        jdbc.sql("delete from matching_subscription where id = ? and (party_state = ? or party_organisation = ?)")
            .params(id, party.stateCode(), party.organisationId()).update();
    }

    @Transactional(readOnly = true)
    public List<Subscription> of(Party party) {
        return jdbc.sql("select id, fields, regions, threshold from matching_subscription "
                + "where party_state = ? or party_organisation = ? order by id")
            .params(party.stateCode(), party.organisationId())
            .query((rs, n) -> new Subscription(rs.getLong(1), set(rs.getString(2)), set(rs.getString(3)), rs.getInt(4)))
            .list();
    }

    @Transactional(readOnly = true)
    public List<Notification> inbox(Party party) {
        return jdbc.sql("select id, request_ref, offer_ref, score, created_at from matching_notification "
                + "where party_state = ? or party_organisation = ? order by id desc limit 200")
            .params(party.stateCode(), party.organisationId())
            .query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                    rs.getTimestamp(5).toInstant()))
            .list();
    }

    /** After a request is published: notify the providers whose subscriptions it fits. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ItemPublished published) {
        if (published.kind() == ItemKind.REQUEST) {
            notifyFor(published.ref());
        }
    }

    void notifyFor(String requestRef) {
        ItemView request = catalogue.find(requestRef, Viewer.EVERYTHING).orElse(null);
        if (request == null) {
            return;
        }
        matching.markStale();
        List<Suggestion> fits;
        try {
            fits = matching.offersFor(requestRef, Viewer.EVERYTHING, 50);
        }
        catch (ace.shared.NotFoundException closedOrGone) {
            return;
        }
        String region = directory.state(String.valueOf(request.content().party().stateCode()))
            .map(s -> s.unRegion().name()).orElse("");
        Set<String> fields = new LinkedHashSet<>();
        request.content().fields().forEach(f -> fields.add(f.name()));
        for (Suggestion fit : fits) {
            ItemView offer = catalogue.find(fit.ref(), Viewer.EVERYTHING).orElse(null);
            if (offer == null) {
                continue;
            }
            Party provider = offer.content().party();
            Viewer providerViewer = new Viewer(true, false, provider.stateCode(), provider.organisationId(), Set.of());
            if (!ItemAccess.canSee(providerViewer, request.id(), request.content().visibility(),
                    request.content().party())) {
                continue;
            }
            int score = (int) Math.round(fit.score() * 100);
            boolean wanted = of(provider).stream().anyMatch(s -> score >= s.threshold()
                    && (s.fields().isEmpty() || s.fields().stream().anyMatch(fields::contains))
                    && (s.regions().isEmpty() || s.regions().contains(region)));
            boolean already = jdbc.sql("select count(*) from matching_notification where request_ref = ? and offer_ref = ?")
                .params(requestRef, fit.ref()).query(Long.class).single() > 0;
            if (wanted && !already) {
                jdbc.sql("""
                        insert into matching_notification (party_state, party_organisation, request_ref, offer_ref,
                            score, created_at) values (?, ?, ?, ?, ?, ?)""")
                    .params(provider.stateCode(), provider.organisationId(), requestRef, fit.ref(), score,
                            Timestamp.from(clock.instant()))
                    .update();
                events.publishEvent(new RequestFitsOffer(requestRef, fit.ref(), score, provider.stateCode(),
                        provider.organisationId()));
            }
        }
    }


    private static Set<String> set(String csv) {
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(csv.split(",")).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
        return values;
    }
}
