package ace.notifications;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import ace.catalogue.Catalogue;
import ace.catalogue.ItemKind;
import ace.catalogue.ItemView;
import ace.catalogue.Party;
import ace.catalogue.Viewer;
import ace.identity.Identity;
import ace.identity.Identity.Recipient;
import ace.matching.ProposalChanged;
import ace.matching.RequestFitsOffer;
import ace.shared.Mailer;

/**
 * E-mail to the people who act for a party, each in the language she reads ACE in: a new
 * request fits one of the party's offers (its subscription asked for it), or a proposal the
 * party is in has moved. Sent after the change is committed, on another thread; a mail server
 * that fails or hangs (timeouts in application.properties) is logged, never undoes the change.
 */
@Component
class MailNotifications {

    private static final Logger log = LoggerFactory.getLogger(MailNotifications.class);

    private final Identity identity;
    private final Catalogue catalogue;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    MailNotifications(Identity identity, Catalogue catalogue, Mailer mailer, MessageSource messages,
            @Value("${ace.identity.base-url:http://localhost:8080}") String baseUrl) {
        this.identity = identity;
        this.catalogue = catalogue;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(RequestFitsOffer fit) {
        ItemView request = catalogue.find(fit.requestRef(), Viewer.EVERYTHING).orElse(null);
        ItemView offer = catalogue.find(fit.offerRef(), Viewer.EVERYTHING).orElse(null);
        if (request == null || offer == null) {
            return;
        }
        for (Recipient to : identity.contactsOf(fit.providerState(), fit.providerOrganisation())) {
            Locale language = to.language();
            send(to, say("mail.fit.subject", language, title(request, language)),
                    say("mail.fit.body", language, title(request, language), catalogue.partyName(
                            request.content().party(), language), title(offer, language), fit.score(),
                            baseUrl + ItemKind.REQUEST.pageOf(fit.requestRef()), baseUrl + "/notifications"));
        }
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ProposalChanged change) {
        ItemView request = catalogue.find(change.requestRef(), Viewer.EVERYTHING).orElse(null);
        ItemView offer = catalogue.find(change.offerRef(), Viewer.EVERYTHING).orElse(null);
        if (request == null || offer == null) {
            return;
        }
        // Both sides hear of every step, except the person who took it.
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (Party party : new Party[] {request.content().party(), offer.content().party()}) {
            identity.contactsOf(party.stateCode(), party.organisationId()).forEach(r -> recipients.putIfAbsent(r.email(), r));
        }
        recipients.remove(change.actor());
        String status = String.valueOf(change.after().get("status"));
        for (Recipient to : recipients.values()) {
            Locale language = to.language();
            String what = say("proposal.status." + status, language);
            send(to, say("mail.proposal.subject", language, String.valueOf(change.proposalId()), what),
                    say("mail.proposal.body", language, what, title(request, language), title(offer, language),
                            baseUrl + "/proposals/" + change.proposalId()));
        }
    }

    private void send(Recipient to, String subject, String body) {
        try {
            mailer.send(to.email(), subject, body);
        }
        catch (RuntimeException e) {
            log.warn("Could not send mail to {}: {}", to.email(), e.toString());
        }
    }

    private String say(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, key, language);
    }

    private static String title(ItemView item, Locale language) {
        return item.content().textFor(language.getLanguage()).getValue().title();
    }

}
