package ace.directory;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ace.shared.Actors;
import ace.shared.NotFoundException;

/** The directory's API: States and organisations, read by everyone, corrected by the ISU. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final States states;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Programmes programmes;
    private final RecentLookups<String, StateView> stateLookups = new RecentLookups<>(5_000_000_000L, 1_000);
    private final RecentLookups<Long, OrganisationRef> organisationLookups = new RecentLookups<>(5_000_000_000L,
            10_000);

    Directory(States states, Organisations organisations, Programmes programmes, ApplicationEventPublisher events,
            Clock clock) {
        this.states = states;
        this.organisations = organisations;
        this.programmes = programmes;
        this.events = events;
        this.clock = clock;
    }

    public List<StateView> states() {
        return states.findAll().stream().map(State::view).sorted(Comparator.comparing(StateView::code)).toList();
    }

    public List<StateView> states(Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return states.findAll().stream().map(State::view)
            .sorted(Comparator.comparing(s -> s.name(locale), collator)).toList();
    }

    public Optional<StateView> state(String code) {
        return stateLookups.get(code.toUpperCase(Locale.ROOT), c -> states.findById(c).map(State::view));
    }

    /** The State as stored right now, for a correction form (never a recent copy: versions must match). */
    public Optional<StateView> stateAsStored(String code) {
        return states.findById(code.toUpperCase(Locale.ROOT)).map(State::view);
    }

    public long stateVersion(String code) {
        return states.findById(code).map(State::version).orElseThrow(() -> new NotFoundException("State " + code));
    }

    @Transactional
    public void correctState(String code, StateCorrection correction) {
        State state = states.findById(code).orElseThrow(() -> new NotFoundException("State " + code));
        if (state.version() != correction.version()) {
            throw new ConcurrentChangeException("State " + code);
        }
        stateLookups.forget();
        var before = state.correct(correction);
        events.publishEvent(new StateCorrected(code, Actors.current(), before, state.recorded()));
    }

    public List<OrganisationRef> organisations() {
        return organisations.findAllByOrderByAcronymAsc().stream().map(Organisation::ref).toList();
    }

    public Optional<OrganisationRef> organisation(long id) {
        return organisationLookups.get(id, i -> organisations.findById(i).map(Organisation::ref));
    }

    public Optional<OrganisationRef> organisationByAcronym(String acronym) {
        return organisations.findByAcronymIgnoreCase(acronym.strip()).map(Organisation::ref);
    }

    public Optional<OrganisationRef> organisationByName(String name) {
        return organisations.findFirstByNameIgnoreCase(name.strip()).map(Organisation::ref);
    }

    /**
     * The organisation with this acronym, else this name; registered (kind {@code OTHER}, for the
     * ISU to classify) when neither is known. Used by imports.
     */
    @Transactional
    public OrganisationRef ensureOrganisation(@Nullable String name, @Nullable String acronym) {
        if (acronym != null && !acronym.isBlank()) {
            Optional<OrganisationRef> found = organisationByAcronym(acronym);
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (name != null && !name.isBlank()) {
            Optional<OrganisationRef> found = organisationByName(name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        String label = name == null || name.isBlank() ? String.valueOf(acronym).strip() : name.strip();
        String code = acronym == null || acronym.isBlank() ? Acronyms.derive(label) : acronym.strip();
        String base = code.length() > 28 ? code.substring(0, 28) : code;
        for (int n = 2; organisations.findByAcronymIgnoreCase(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        return registerOrganisation(new OrganisationDetails(code, label, OrganisationKind.OTHER, null, null, 0));
    }

    public List<ProgrammeRef> programmes() {
        return programmes.all();
    }

    public Optional<ProgrammeRef> programme(long id) {
        return programmes.find(id);
    }

    public List<ProgrammeRef> programmesOf(long organisationId) {
        return programmes.ofOrganisation(organisationId);
    }

    public ProgrammeDetails programmeDetails(long id) {
        ProgrammeRef p = programmes.find(id).orElseThrow(() -> new NotFoundException("Programme " + id));
        return new ProgrammeDetails(p.code(), p.name(), p.description(), p.howToAsk(), p.website(),
                programmes.version(id).orElse(0L));
    }

    @Transactional
    public ProgrammeRef registerProgramme(long organisationId, ProgrammeDetails details) {
        organisations.findById(organisationId).orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
        if (programmes.codeTaken(details.code(), -1)) {
            throw new DuplicateAcronymException(details.code());
        }
        long id = programmes.insert(organisationId, details);
        ProgrammeRef created = programmes.find(id).orElseThrow();
        events.publishEvent(new ProgrammeChanged(id, details.code(), Actors.current(), java.util.Map.of(),
                recorded(created)));
        return created;
    }

    @Transactional
    public void updateProgramme(long id, ProgrammeDetails details) {
        ProgrammeRef before = programmes.find(id).orElseThrow(() -> new NotFoundException("Programme " + id));
        if (programmes.codeTaken(details.code(), id)) {
            throw new DuplicateAcronymException(details.code());
        }
        if (!programmes.update(id, details)) {
            throw new ConcurrentChangeException("Programme " + id);
        }
        events.publishEvent(new ProgrammeChanged(id, details.code(), Actors.current(), recorded(before),
                recorded(programmes.find(id).orElseThrow())));
    }

    private static java.util.Map<String, Object> recorded(ProgrammeRef p) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("code", p.code());
        values.put("organisation", p.organisationAcronym());
        values.put("name", p.name());
        values.put("description", p.description());
        values.put("howToAsk", p.howToAsk());
        values.put("website", p.website() == null ? "" : p.website());
        return values;
    }

    public OrganisationDetails organisationDetails(long id) {
        return organisations.findById(id).map(Organisation::details)
            .orElseThrow(() -> new NotFoundException("Organisation " + id));
    }

    @Transactional
    public OrganisationRef registerOrganisation(OrganisationDetails details) {
        if (organisations.findByAcronymIgnoreCase(details.acronym().strip()).isPresent()) {
            throw new DuplicateAcronymException(details.acronym());
        }
        organisationLookups.forget();
        Organisation organisation = organisations.save(new Organisation(details, clock.instant()));
        events.publishEvent(new OrganisationRegistered(organisation.id(), details.acronym(), Actors.current(),
                organisation.recorded()));
        return organisation.ref();
    }

    @Transactional
    public void updateOrganisation(long id, OrganisationDetails details) {
        Organisation organisation = organisations.findById(id)
            .orElseThrow(() -> new NotFoundException("Organisation " + id));
        if (organisation.version() != details.version()) {
            throw new ConcurrentChangeException("Organisation " + id);
        }
        organisations.findByAcronymIgnoreCase(details.acronym().strip())
            .filter(other -> !other.id().equals(organisation.id()))
            .ifPresent(other -> {
                throw new DuplicateAcronymException(details.acronym());
            });
        organisationLookups.forget();
        var before = organisation.apply(details);
        events.publishEvent(new OrganisationUpdated(id, Actors.current(), before, organisation.recorded()));
    }
}
