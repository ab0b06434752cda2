package ace.catalogue;

import org.jspecify.annotations.Nullable;

/** A person to contact about an item; several per item so it survives staff turnover (R10). */
public record Contact(String name, @Nullable String role, @Nullable String email, @Nullable String phone) {
}
