package ace.shared;

/** Something the reader asked for does not exist or is not hers to see: a 404, never a 500. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
