package ace.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong with an item: which item ({@code ref}, may be empty for a new one), which
 * member, and a message key with its arguments, so it can be said in the reader's language.
 */
public record Problem(@Nullable String ref, String member, String key, List<Object> args) {

    public static Problem of(@Nullable String ref, String member, String key, Object... args) {
        return new Problem(ref, member, key, List.of(args));
    }
}
