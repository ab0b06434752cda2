package ace.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says a proposal's history in a language: codes of events, sides and deliveries become words. */
@Component
class StepText {

    /** A history line as a reader sees it. */
    record Line(Instant at, String text) {
    }

    private final MessageSource messages;

    StepText(MessageSource messages) {
        this.messages = messages;
    }

    List<Line> say(Proposal proposal, Locale locale) {
        return proposal.history().stream().map(step -> new Line(step.at(), say(step, locale))).toList();
    }

    String say(Proposal.Step step, Locale locale) {
        String side = step.side() == null ? "" : messages.getMessage("proposal.side." + step.side(), null, locale);
        String detail = step.detail() == null ? "" : step.detail();
        Object[] args = switch (step.event()) {
            case "PLANNED" -> period(detail, locale);
            case "REPORTED" -> new Object[] {side, messages.getMessage("proposal.delivery." + detail, null, detail, locale)};
            default -> new Object[] {side, detail};
        };
        return messages.getMessage("proposal.step." + step.event(), args, step.event() + " " + detail, locale);
    }

    private static Object[] period(String detail, Locale locale) {
        String[] dates = detail.split("/", 2);
        if (dates.length < 2) {
            return new Object[] {"", detail, ""};
        }
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return new Object[] {"", LocalDate.parse(dates[0]).format(format), LocalDate.parse(dates[1]).format(format)};
    }
}
