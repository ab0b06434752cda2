package ace.catalogue;

import org.jspecify.annotations.Nullable;

/** A party as the interchange document names it, before it is found in the directory. */
record PartySpec(PartyType type, @Nullable String code, @Nullable String name, @Nullable String acronym) {

    String describe() {
        return type == PartyType.STATE ? String.valueOf(code) : (acronym != null ? acronym : String.valueOf(name));
    }
}
