/**
 * The append-only, hash-chained record of every change: each entry carries the hash of the
 * one before, so editing or deleting any entry breaks the chain at that point.
 */
@NullMarked
package ace.audit;

import org.jspecify.annotations.NullMarked;
