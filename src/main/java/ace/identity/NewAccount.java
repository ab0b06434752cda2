package ace.identity;

import org.jspecify.annotations.Nullable;

/** What it takes to open an account: State for State roles, organisation acronym for focal points. */
public record NewAccount(String email, @Nullable String displayName, Role role, @Nullable String stateCode,
        @Nullable String organisationAcronym) {
}
