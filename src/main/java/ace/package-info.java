@NullMarked
package ace;

import org.jspecify.annotations.NullMarked;
