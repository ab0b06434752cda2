/**
 * Multilingual full-text search and facets over the catalogue, in-process with Lucene. The
 * index is derived from the database: fed by catalogue events, caught up from the database
 * periodically (so changes made by another process or node arrive too), and rebuilt by
 * {@code ./ace reindex} or at start when it does not match the database.
 */
@NullMarked
package ace.search;

import org.jspecify.annotations.NullMarked;
