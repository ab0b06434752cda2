package ace.catalogue;

import java.util.List;

/** Any committed change to items; the search index listens to this one type. */
public interface CatalogueChange {

    /** The items whose stored state changed. */
    List<Long> itemIds();
}
