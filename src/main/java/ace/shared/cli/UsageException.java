package ace.shared.cli;

/** Invalid input or usage: the launcher prints the message and exits with 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
