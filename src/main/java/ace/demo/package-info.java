/** {@code ./ace serve --demo}: a living catalogue and one account per role, for newcomers. */
@NullMarked
package ace.demo;

import org.jspecify.annotations.NullMarked;
