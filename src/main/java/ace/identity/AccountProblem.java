package ace.identity;

/**
 * A request about an account that cannot be honoured; {@code key} is a message key so the
 * page can say why in the reader's language, and {@code getMessage()} is English for the shell.
 */
public class AccountProblem extends RuntimeException {

    private final String key;

    public AccountProblem(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
