package ace.directory;

import org.jspecify.annotations.Nullable;

/** A programme of a provider or resource channel (R20): what it offers and how to ask for it. */
public record ProgrammeRef(long id, String code, long organisationId, String organisationAcronym, String name,
        String description, String howToAsk, @Nullable String website) {
}
