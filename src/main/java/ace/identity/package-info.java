/**
 * Accounts, roles, sign-in with a second factor, personal API tokens and first-run setup.
 * Other modules ask {@link ace.identity.Identity} who is signed in; they never read accounts.
 */
@NullMarked
package ace.identity;

import org.jspecify.annotations.NullMarked;
