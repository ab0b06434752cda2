/**
 * Matching requests to offers: hard constraints that are never broken, soft evidence combined
 * into a score in [0,1] with reasons a person can read, across languages through a
 * multilingual domain vocabulary. Candidates come from an in-memory inverted index, so a
 * request is compared only with offers that share something with it.
 */
@NullMarked
package ace.matching;

import org.jspecify.annotations.NullMarked;
