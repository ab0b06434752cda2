package ace.catalogue;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** Says a problem in a language: {@code REF member: message}. */
public final class ProblemMessages {

    private ProblemMessages() {
    }

    public static String message(Problem problem, MessageSource messages, Locale locale) {
        return messages.getMessage(problem.key(), problem.args().toArray(), problem.key(), locale);
    }

    public static String line(Problem problem, MessageSource messages, Locale locale) {
        String ref = problem.ref() == null || problem.ref().isBlank() ? "(document)" : problem.ref();
        return ref + " " + problem.member() + ": " + message(problem, messages, locale);
    }
}
