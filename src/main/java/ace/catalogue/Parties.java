package ace.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ace.directory.Directory;
import ace.directory.OrganisationRef;
import ace.directory.StateView;

/** Finds the parties an interchange document names, and names parties for readers. */
@Component
class Parties {

    private final Directory directory;

    Parties(Directory directory) {
        this.directory = directory;
    }

    /** A problem when the State is unknown; organisations are always resolvable (created if new). */
    Optional<Problem> check(ParsedItem item) {
        PartySpec party = item.party();
        if (party.type() == PartyType.STATE && directory.state(String.valueOf(party.code())).isEmpty()) {
            return Optional.of(Problem.of(item.ref(), "party.code", "interchange.party.unknownState", party.code()));
        }
        for (String state : item.content().states()) {
            if (directory.state(state).isEmpty()) {
                return Optional.of(Problem.of(item.ref(), "eligibility.states", "interchange.party.unknownState", state));
            }
        }
        return Optional.empty();
    }

    /** The party and the eligible States must exist in the directory. */
    List<Problem> check(String ref, ItemContent content) {
        List<Problem> problems = new java.util.ArrayList<>();
        Party party = content.party();
        if (party.type() == PartyType.STATE && (party.stateCode() == null
                || directory.state(party.stateCode()).isEmpty())) {
            problems.add(Problem.of(ref, "party.code", "interchange.party.unknownState", party.stateCode()));
        }
        if (party.type() == PartyType.ORGANISATION && (party.organisationId() == null
                || directory.organisation(party.organisationId()).isEmpty())) {
            problems.add(Problem.of(ref, "party", "interchange.party.organisation"));
        }
        for (String state : content.states()) {
            if (directory.state(state).isEmpty()) {
                problems.add(Problem.of(ref, "eligibility.states", "interchange.party.unknownState", state));
            }
        }
        return problems;
    }

    /** True for a State, or an organisation already in the registry. */
    boolean known(PartySpec party) {
        if (party.type() == PartyType.STATE) {
            return true;
        }
        return (party.acronym() != null && directory.organisationByAcronym(party.acronym()).isPresent())
                || (party.name() != null && directory.organisationByName(party.name()).isPresent());
    }

    Party resolve(PartySpec party) {
        if (party.type() == PartyType.STATE) {
            return Party.state(String.valueOf(party.code()).toUpperCase(Locale.ROOT));
        }
        return Party.organisation(directory.ensureOrganisation(party.name(), party.acronym()).id());
    }

    /** How the interchange format names the party. */
    PartySpec describe(Party party) {
        if (party.type() == PartyType.STATE) {
            return new PartySpec(PartyType.STATE, party.stateCode(), null, null);
        }
        Optional<OrganisationRef> organisation = party.organisationId() == null ? Optional.empty()
                : directory.organisation(party.organisationId());
        return new PartySpec(PartyType.ORGANISATION, null, organisation.map(OrganisationRef::name).orElse(null),
                organisation.map(OrganisationRef::acronym).orElse(null));
    }

    /** The party's name for a reader. */
    String name(Party party, Locale locale) {
        if (party.type() == PartyType.STATE) {
            return directory.state(String.valueOf(party.stateCode())).map(s -> s.name(locale))
                .orElse(String.valueOf(party.stateCode()));
        }
        return party.organisationId() == null ? "" : directory.organisation(party.organisationId())
            .map(o -> o.name() + " (" + o.acronym() + ")").orElse("");
    }

    /** The requester's UN region (for a State party), as a region code. */
    Optional<String> region(Party party) {
        if (party.type() != PartyType.STATE) {
            return Optional.empty();
        }
        return directory.state(String.valueOf(party.stateCode())).map(StateView::unRegion).map(Enum::name);
    }

    /** "STATE", or the organisation's kind, for the provider-type facet. */
    String providerType(Party party) {
        if (party.type() == PartyType.STATE || party.organisationId() == null) {
            return "STATE";
        }
        return directory.organisation(party.organisationId()).map(o -> o.kind().name()).orElse("OTHER");
    }
}
