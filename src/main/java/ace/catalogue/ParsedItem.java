package ace.catalogue;

import org.jspecify.annotations.Nullable;

/** An item read from the interchange format: its content waits for the party to be resolved. */
record ParsedItem(@Nullable String ref, PartySpec party, ItemContent content) {
}
