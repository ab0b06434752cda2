package ace.matching;

import org.jspecify.annotations.Nullable;

/**
 * A newly published request fits one of a provider's open offers above the provider's own
 * threshold: the provider (a State or an organisation) should hear of it.
 */
public record RequestFitsOffer(String requestRef, String offerRef, int score, @Nullable String providerState,
        @Nullable Long providerOrganisation) {
}
