package ace.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The one place where item visibility is decided. An item carries access tokens, a viewer
 * holds tokens, and she sees the item when they share one (the ISU sees all). The SQL filter,
 * the search index filter and single-item checks are all derived from these tokens, so the
 * pages, the API, search, facet counts, feeds, exports and attachments cannot disagree.
 */
public final class ItemAccess {

    public static final String PUBLIC = "public";
    public static final String SIGNED_IN = "signed-in";

    private ItemAccess() {
    }

    /** The tokens an item carries. */
    public static List<String> itemTokens(long itemId, Visibility visibility, Party party) {
        return switch (visibility) {
            case PUBLIC -> List.of(PUBLIC);
            case STATES_PARTIES -> List.of(SIGNED_IN);
            case RESTRICTED -> {
                List<String> tokens = new ArrayList<>();
                if (party.stateCode() != null) {
                    tokens.add("state:" + party.stateCode());
                }
                if (party.organisationId() != null) {
                    tokens.add("organisation:" + party.organisationId());
                }
                tokens.add("item:" + itemId);
                yield tokens;
            }
        };
    }

    /** The tokens a viewer holds; {@code null} for the ISU, who sees everything. */
    public static @Nullable Set<String> viewerTokens(Viewer viewer) {
        if (viewer.isu()) {
            return null;
        }
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(PUBLIC);
        if (viewer.signedIn()) {
            tokens.add(SIGNED_IN);
            if (viewer.stateCode() != null) {
                tokens.add("state:" + viewer.stateCode());
            }
            if (viewer.organisationId() != null) {
                tokens.add("organisation:" + viewer.organisationId());
            }
            viewer.grantedItems().forEach(id -> tokens.add("item:" + id));
        }
        return tokens;
    }

    public static boolean canSee(Viewer viewer, long itemId, Visibility visibility, Party party) {
        Set<String> held = viewerTokens(viewer);
        return held == null || itemTokens(itemId, visibility, party).stream().anyMatch(held::contains);
    }

    /**
     * True when the viewer sees a restricted item only as a party to a proposal about it: she
     * then sees what she needs to answer the proposal, not its contacts, partners or files.
     */
    public static boolean onlyThroughGrant(Viewer viewer, long itemId, Visibility visibility, Party party) {
        if (viewer.isu() || visibility != Visibility.RESTRICTED || !viewer.grantedItems().contains(itemId)) {
            return false;
        }
        boolean own = (party.stateCode() != null && party.stateCode().equals(viewer.stateCode()))
                || (party.organisationId() != null && party.organisationId().equals(viewer.organisationId()));
        return !own;
    }

    /** A SQL condition on table alias {@code i} (catalogue_item) and its parameters, from the same tokens. */
    public static SqlCondition sql(Viewer viewer) {
        Set<String> held = viewerTokens(viewer);
        if (held == null) {
            return new SqlCondition("1 = 1", List.of());
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("(");
        sql.append(held.contains(PUBLIC) ? "i.visibility = 'PUBLIC'" : "1 = 0");
        if (held.contains(SIGNED_IN)) {
            sql.append(" or i.visibility = 'STATES_PARTIES'");
        }
        List<String> owners = held.stream().filter(t -> !t.equals(PUBLIC) && !t.equals(SIGNED_IN)).toList();
        if (!owners.isEmpty()) {
            String marks = String.join(", ", java.util.Collections.nCopies(owners.size(), "?"));
            sql.append(" or (i.visibility = 'RESTRICTED' and (('state:' || i.party_state) in (").append(marks)
                .append(") or ('organisation:' || cast(i.party_organisation_id as varchar(20))) in (").append(marks)
                .append(") or ('item:' || cast(i.id as varchar(20))) in (").append(marks).append(")))");
            params.addAll(owners);
            params.addAll(owners);
            params.addAll(owners);
        }
        sql.append(')');
        return new SqlCondition(sql.toString(), params);
    }

    /** A fragment of SQL with its positional parameters. */
    public record SqlCondition(String sql, Collection<Object> params) {
    }
}
