package ace.catalogue;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ace.identity.CurrentUser;
import ace.identity.Identity;
import ace.identity.Role;
import ace.shared.Actors;
import ace.shared.NotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The catalogue's API: read items as a viewer may, and change them as a party (or the ISU) may. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private final ItemStore store;
    private final Parties parties;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;
    private final InterchangeWriter writer;
    private final List<RestrictedAccessGrants> grants;

    Catalogue(ItemStore store, Parties parties, Identity identity, ApplicationEventPublisher events, Clock clock,
            JsonMapper json, List<RestrictedAccessGrants> grants) {
        this.grants = grants;
        this.store = store;
        this.parties = parties;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
        this.json = json;
        this.writer = new InterchangeWriter(json, parties);
    }

    /** The signed-in person as a viewer of items (anonymous when nobody is signed in). */
    public Viewer viewer() {
        return identity.current().map(this::viewerOf).orElse(Viewer.ANONYMOUS);
    }

    private Viewer viewerOf(CurrentUser user) {
        Set<Long> granted = new java.util.HashSet<>();
        if (!user.isIsu() && (user.stateCode() != null || user.organisationId() != null)) {
            grants.forEach(g -> granted.addAll(g.grantedItems(user.stateCode(), user.organisationId())));
        }
        return new Viewer(true, user.isIsu(), user.stateCode(), user.organisationId(), Set.copyOf(granted));
    }

    /** Does the signed-in person speak for this party (as its contact point or focal point, not as the ISU)? */
    public boolean representsParty(Party party, ItemKind kind) {
        return identity.current().filter(u -> !u.isIsu()).map(u -> mayActFor(u, party, kind)).orElse(false);
    }

    /** Is the signed-in person ISU staff? */
    public boolean isIsu() {
        return identity.current().map(CurrentUser::isIsu).orElse(false);
    }

    public Optional<ItemView> find(String ref, Viewer viewer) {
        return store.find(ref).filter(item -> visible(item, viewer)).map(item -> needed(item, viewer));
    }

    public ItemView get(String ref, Viewer viewer) {
        return find(ref, viewer).orElseThrow(() -> new NotFoundException("No item " + ref));
    }

    /** The items with these ids that the viewer may see, in the order given. */
    public List<ItemView> load(List<Long> ids, Viewer viewer) {
        return store.load(ids).stream().filter(item -> visible(item, viewer)).map(item -> needed(item, viewer)).toList();
    }

    /** Every item the viewer may see, of one kind or both, by id. */
    public List<Long> ids(Viewer viewer, @Nullable ItemKind kind) {
        return store.ids(ItemAccess.sql(viewer), kind);
    }

    /** Items changed at or after this instant (the search index catches up with these). */
    public List<Long> idsUpdatedSince(java.time.Instant since) {
        return store.idsUpdatedSince(since);
    }

    /** Every item, in chunks, for whole-catalogue work (matching, exports); no visibility filter. */
    public void forEachItem(java.util.function.Consumer<List<ItemView>> chunk) {
        List<Long> ids = store.ids(ItemAccess.sql(Viewer.EVERYTHING), null);
        for (int i = 0; i < ids.size(); i += 1000) {
            chunk.accept(store.load(ids.subList(i, Math.min(ids.size(), i + 1000))));
        }
    }

    /** A value that changes whenever any item changes, whoever changed it (another process, another node). */
    public String watermark() {
        return store.watermark();
    }

    public long count() {
        return store.count();
    }

    /** What a viewer who sees the item only through a proposal needs of it (see {@link ItemAccess}). */
    private static ItemView needed(ItemView item, Viewer viewer) {
        var c = item.content();
        if (!ItemAccess.onlyThroughGrant(viewer, item.id(), c.visibility(), c.party())) {
            return item;
        }
        var content = new ItemContent(c.kind(), c.party(), c.texts(), c.fields(), c.types(), c.regions(), c.states(),
                c.languages(), c.validFrom(), c.validUntil(), c.visibility(), c.status(), c.programmeId(), List.of(),
                List.of());
        return new ItemView(item.id(), item.ref(), item.version(), content, item.createdAt(), item.updatedAt(),
                List.of());
    }

    private static boolean visible(ItemView item, Viewer viewer) {
        return ItemAccess.canSee(viewer, item.id(), item.content().visibility(), item.content().party());
    }

    /** Offers sharing subject areas and forms with this item, that the viewer may see (R4). */
    public List<ItemView> similarOffers(ItemView item, Viewer viewer, int limit) {
        return load(store.similarOffers(item.id(), limit * 3), viewer).stream().limit(limit).toList();
    }

    /** May the signed-in person change this item? */
    public boolean canEdit(ItemView item) {
        return identity.current().map(user -> mayActFor(user, item.content().party(), item.kind())).orElse(false);
    }

    /** The party on whose behalf the signed-in person creates items of this kind, if one is implied. */
    public Optional<Party> ownParty(ItemKind kind) {
        return identity.current().flatMap(user -> {
            if (user.role() == Role.NATIONAL_CONTACT_POINT && user.stateCode() != null) {
                return Optional.of(Party.state(user.stateCode()));
            }
            if (user.role() == Role.ORGANISATION_FOCAL_POINT && user.organisationId() != null
                    && kind == ItemKind.OFFER) {
                return Optional.of(Party.organisation(user.organisationId()));
            }
            return Optional.empty();
        });
    }

    public boolean canCreate(ItemKind kind) {
        return identity.current().map(u -> u.isIsu() || ownParty(kind).isPresent()).orElse(false);
    }

    static boolean mayActFor(CurrentUser user, Party party, ItemKind kind) {
        if (user.isIsu()) {
            return true;
        }
        if (user.role() == Role.NATIONAL_CONTACT_POINT) {
            return party.type() == PartyType.STATE && party.stateCode() != null
                    && party.stateCode().equals(user.stateCode());
        }
        if (user.role() == Role.ORGANISATION_FOCAL_POINT) {
            return kind == ItemKind.OFFER && party.type() == PartyType.ORGANISATION
                    && party.organisationId() != null && party.organisationId().equals(user.organisationId());
        }
        return false;
    }

    private CurrentUser actingUser(Party party, ItemKind kind) {
        CurrentUser user = identity.current().orElseThrow(() -> new NotAllowedException("sign in to change items"));
        if (!mayActFor(user, party, kind)) {
            throw new NotAllowedException("not allowed to act for this party");
        }
        return user;
    }

    @Transactional
    public ItemView create(@Nullable String ref, ItemContent content) {
        actingUser(content.party(), content.kind());
        return createAs(ref, content);
    }

    /** Creates without a permission check: for the command line and the demo loader. */
    @Transactional
    public ItemView createAs(@Nullable String ref, ItemContent content) {
        List<Problem> problems = new ArrayList<>(ItemRules.check(ref, content));
        problems.addAll(parties.check(ref, content));
        if (ref != null && store.idOf(ref).isPresent()) {
            problems.add(Problem.of(ref, "ref", "item.ref.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        String assigned = ref != null ? ref : newRef(content);
        long id = store.newId();
        try {
            store.insert(List.of(new ItemStore.NewItem(id, assigned, content)), clock.instant());
        }
        catch (DuplicateKeyException e) {
            throw new InvalidItemException(List.of(Problem.of(assigned, "ref", "item.ref.taken")));
        }
        ItemView created = store.find(assigned).orElseThrow();
        events.publishEvent(new ItemPublished(id, assigned, content.kind(), Actors.current(), recordActing(created)));
        return created;
    }

    @Transactional
    public ItemView update(String ref, long version, ItemContent content) {
        ItemView current = get(ref, viewer());
        actingUser(current.content().party(), current.kind());
        actingUser(content.party(), content.kind());
        if (content.kind() != current.kind()) {
            throw new InvalidItemException(List.of(Problem.of(ref, "kind", "item.kind.fixed")));
        }
        List<Problem> problems = new ArrayList<>(ItemRules.check(ref, content));
        problems.addAll(parties.check(ref, content));
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        if (!store.update(current.id(), version, content, clock.instant())) {
            throw new ItemChangedConcurrently(ref);
        }
        ItemView updated = store.find(ref).orElseThrow();
        events.publishEvent(new ItemRevised(current.id(), ref, current.kind(), "EDITED", Actors.current(),
                record(current), recordActing(updated)));
        return updated;
    }

    @Transactional
    public ItemView withdraw(String ref, long version) {
        return changeStatus(ref, version, ItemStatus.CLOSED, "WITHDRAWN");
    }

    @Transactional
    public ItemView reopen(String ref, long version) {
        return changeStatus(ref, version, ItemStatus.OPEN, "REOPENED");
    }

    private ItemView changeStatus(String ref, long version, ItemStatus status, String change) {
        ItemView current = get(ref, viewer());
        actingUser(current.content().party(), current.kind());
        if (!store.setStatus(current.id(), version, status, clock.instant())) {
            throw new ItemChangedConcurrently(ref);
        }
        ItemView updated = store.find(ref).orElseThrow();
        events.publishEvent(new ItemRevised(current.id(), ref, current.kind(), change, Actors.current(),
                record(current), recordActing(updated)));
        return updated;
    }

    private String newRef(ItemContent content) {
        String party = content.party().type() == PartyType.STATE ? String.valueOf(content.party().stateCode())
                : parties.describe(content.party()).describe().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-")
                    .replaceAll("^-|-$", "");
        if (party.length() > 40) {
            party = party.substring(0, 40);
        }
        String prefix = (content.kind() == ItemKind.OFFER ? "OFF-" : "REQ-") + party + "-"
                + Year.now(clock.withZone(ZoneOffset.UTC)) + "-";
        return prefix + String.format("%03d", store.nextSequence(prefix));
    }

    /** The item in the interchange representation. */
    public ObjectNode toInterchange(ItemView item) {
        return writer.write(item);
    }

    /** Reads an API body in the interchange representation; the party is resolved (organisations created). */
    @Transactional
    public ParsedBody fromInterchange(JsonNode body, boolean refRequired) {
        InterchangeReader reader = new InterchangeReader();
        ParsedItem parsed = reader.read(body, refRequired);
        if (parsed == null) {
            throw new InvalidItemException(reader.problems());
        }
        parties.check(parsed).ifPresent(problem -> {
            throw new InvalidItemException(List.of(problem));
        });
        if (!parties.known(parsed.party()) && !identity.current().map(CurrentUser::isIsu).orElse(false)) {
            throw new NotAllowedException("only the ISU may name an organisation that is not registered");
        }
        return new ParsedBody(parsed.ref(),
                ItemContentCopies.withParty(parsed.content(), parties.resolve(parsed.party())));
    }

    /** An API body, read: its ref (if any) and content. */
    public record ParsedBody(@Nullable String ref, ItemContent content) {
    }

    /** The party's name in the reader's language. */
    public String partyName(Party party, Locale locale) {
        return parties.name(party, locale);
    }

    public List<IndexableItem> indexable(List<Long> ids) {
        return store.load(ids).stream().map(this::indexable).toList();
    }

    private IndexableItem indexable(ItemView item) {
        ItemContent c = item.content();
        List<String> regions = c.kind() == ItemKind.OFFER ? List.copyOf(c.regions())
                : parties.region(c.party()).map(List::of).orElse(List.of());
        return new IndexableItem(item.id(), item.ref(), c.kind(), c.status(), c.texts(),
                c.fields().stream().map(Enum::name).toList(), c.types().stream().map(Enum::name).toList(), regions,
                c.languages(), parties.providerType(c.party()),
                ItemAccess.itemTokens(item.id(), c.visibility(), c.party()), item.updatedAt());
    }

    @SuppressWarnings("unchecked")
    /** The item as recorded after a change, saying so when the ISU made it on a party's behalf. */
    private Map<String, Object> recordActing(ItemView item) {
        Map<String, Object> after = record(item);
        if (isIsu()) {
            Party party = item.content().party();
            after = new java.util.LinkedHashMap<>(after);
            after.put("enteredBy", "ISU on behalf of " + (party.stateCode() != null ? party.stateCode()
                    : "organisation " + party.organisationId()));
        }
        return after;
    }

    Map<String, Object> record(ItemView item) {
        return json.convertValue(writer.write(item), Map.class);
    }
}
