package ace.catalogue;

/** Told how far an import has come; {@code phase} is a message key (reading, checking, writing). */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> {
    };

    void at(String phase, long done, long total);
}
