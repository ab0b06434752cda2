/**
 * Telling people what changed without their asking: Atom feeds of the catalogue, read by feed
 * readers that do not sign in (public items) or with a personal API token (what that account
 * may see). Feeds go through the catalogue's finder, so they show what pages and the API show.
 */
@NullMarked
package ace.notifications;

import org.jspecify.annotations.NullMarked;
