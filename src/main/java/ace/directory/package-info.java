/**
 * States and organisations: who can offer, request and sign in. Reference data ship with the
 * application (migration V2) and the ISU corrects them here; every correction is audited.
 */
@NullMarked
package ace.directory;

import org.jspecify.annotations.NullMarked;
