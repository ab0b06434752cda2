/**
 * What every module may use and that depends on no module: time, languages, the acting
 * person, audited events, the command-line frame, layout and error handling.
 */
@NullMarked
package ace.shared;

import org.jspecify.annotations.NullMarked;
