package ace.directory;

/** Someone else saved the same record first; the second save is refused, never merged silently. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String subject) {
        super(subject + " was changed by someone else");
    }
}
