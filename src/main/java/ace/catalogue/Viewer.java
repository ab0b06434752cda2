package ace.catalogue;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who is looking: anonymous, a signed-in person bound to a State or organisation, or the ISU
 * (which sees everything). {@code grantedItems} are restricted items the person may see as a
 * party to a proposal about them.
 */
public record Viewer(boolean signedIn, boolean isu, @Nullable String stateCode, @Nullable Long organisationId,
        Set<Long> grantedItems) {

    public static final Viewer ANONYMOUS = new Viewer(false, false, null, null, Set.of());

    /** The command line and the ISU: every item. */
    public static final Viewer EVERYTHING = new Viewer(true, true, null, null, Set.of());
}
