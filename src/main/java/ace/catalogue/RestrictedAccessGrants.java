package ace.catalogue;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Restricted items a party may see because it is party to a proposal about them; implemented
 * by the matching module. Feeds {@link Viewer#grantedItems()}.
 */
public interface RestrictedAccessGrants {

    Set<Long> grantedItems(@Nullable String stateCode, @Nullable Long organisationId);
}
