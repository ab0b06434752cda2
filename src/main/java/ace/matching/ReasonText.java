package ace.matching;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ace.directory.Directory;
import ace.shared.LanguageNames;

/** Says a reason in a language: codes become names of subject areas, forms, regions, States, topics. */
@Component
public class ReasonText {

    private final MessageSource messages;
    private final Directory directory;
    private final Vocabulary vocabulary;
    private final LanguageNames languageNames;

    ReasonText(MessageSource messages, Directory directory, Vocabulary vocabulary, LanguageNames languageNames) {
        this.languageNames = languageNames;
        this.messages = messages;
        this.directory = directory;
        this.vocabulary = vocabulary;
    }

    public String say(Reason reason, Locale locale) {
        String list = String.join(", ", reason.args().stream().map(arg -> name(arg, locale)).toList());
        return messages.getMessage(reason.key(), new Object[] {list}, reason.key(), locale);
    }

    public List<String> say(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> say(r, locale)).toList();
    }

    private String name(String arg, Locale locale) {
        int colon = arg.indexOf(':');
        String kind = arg.substring(0, colon);
        String code = arg.substring(colon + 1);
        return switch (kind) {
            case "field", "type", "region" -> messages.getMessage("facet." + kind + "." + code, null, code, locale);
            case "language" -> languageNames.of(code, locale);
            case "state" -> directory.state(code).map(s -> s.name(locale)).orElse(code);
            case "concept" -> vocabulary.label(Integer.parseInt(code), locale);
            default -> code;
        };
    }
}
