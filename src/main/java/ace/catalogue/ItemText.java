package ace.catalogue;

import org.jspecify.annotations.Nullable;

/** Title and description of an item in one language. */
public record ItemText(String title, @Nullable String description) {
}
