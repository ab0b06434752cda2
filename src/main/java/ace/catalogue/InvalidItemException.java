package ace.catalogue;

import java.util.List;

/** The item (or document) was refused; nothing was stored. */
public class InvalidItemException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidItemException(List<Problem> problems) {
        super(problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
