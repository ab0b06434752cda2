package ace.directory;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    Directory(States states, Organisations organisations, ApplicationEventPublisher events, Clock clock) {
        this.states = states;
        this.organisations = organisations;
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
        var before = state.correct(correction);
        events.publishEvent(new StateCorrected(code, Actors.current(), before, state.recorded()));
    }

    public List<OrganisationRef> organisations() {
        return organisations.findAllByOrderByAcronymAsc().stream().map(Organisation::ref).toList();
    }

    public Optional<OrganisationRef> organisation(long id) {
        return organisations.findById(id).map(Organisation::ref);
    }

    public Optional<OrganisationRef> organisationByAcronym(String acronym) {
        return organisations.findByAcronymIgnoreCase(acronym.strip()).map(Organisation::ref);
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
        var before = organisation.apply(details);
        events.publishEvent(new OrganisationUpdated(id, Actors.current(), before, organisation.recorded()));
    }
}
