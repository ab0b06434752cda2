package ace.catalogue;

/** The person may see the item but not act on it (or act for that party). */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String what) {
        super(what);
    }
}
