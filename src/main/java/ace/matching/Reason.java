package ace.matching;

import java.util.List;

/**
 * Why an offer fits: a message key and its arguments. Arguments are codes with a prefix that
 * says how to name them in the reader's language ({@code field:}, {@code type:},
 * {@code region:}, {@code state:}, {@code language:}, {@code concept:}).
 */
public record Reason(String key, List<String> args) {
}
