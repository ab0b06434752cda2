/**
 * Offers and requests of cooperation and assistance: the items, who may see and change them,
 * the interchange format (INTERCHANGE.md), attachments, and their pages and API. Search is
 * behind {@link ace.catalogue.ItemFinder}, implemented by the search module.
 */
@NullMarked
package ace.catalogue;

import org.jspecify.annotations.NullMarked;
