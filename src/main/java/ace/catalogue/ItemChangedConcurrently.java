package ace.catalogue;

/** Someone else saved the item first: the second save is refused, never merged silently. */
public class ItemChangedConcurrently extends RuntimeException {

    public ItemChangedConcurrently(String ref) {
        super(ref + " was changed by someone else");
    }
}
