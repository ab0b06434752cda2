package ace.directory;

/** Another organisation already uses this acronym. */
public class DuplicateAcronymException extends RuntimeException {

    public DuplicateAcronymException(String acronym) {
        super("An organisation with acronym " + acronym + " already exists");
    }
}
