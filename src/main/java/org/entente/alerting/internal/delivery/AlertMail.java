package org.entente.alerting.internal.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.access.Actor;
import org.entente.access.People;
import org.entente.alerting.AlertKind;
import org.entente.alerting.internal.AlertExerciseMarks;
import org.entente.alerting.internal.digest.DigestTexts;
import org.entente.alerting.internal.digest.DigestView;
import org.entente.alerting.internal.digest.IsoWeek;
import org.entente.alerting.internal.digest.WeeklyDigest;
import org.entente.alerting.internal.digest.WeeklyDigestService;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.web.Times;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Mails a delivery to its account's address, in the language the account reads: a multipart message (plain text and HTML
 * saying the same), its subject the alert's headline, a link back to the page, and its {@code Message-ID} made of the
 * alert's id (the same on a retry, so a mail client shows a repeat as one). Through Spring's mail support to the SMTP
 * server of {@code spring.mail.host}; without one configured, every attempt fails and says so in the delivery log.
 */
@Component
class AlertMail implements Outcome.Sender {

    private final ObjectProvider<JavaMailSender> mail;
    private final JdbcSubscriptions subscriptions;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final WeeklyDigestService digests;
    private final DigestTexts digestTexts;
    private final People people;
    private final JdbcDeliveries deliveries;
    private final AlertExerciseMarks exercises;
    private final String from;
    private final String site;

    AlertMail(ObjectProvider<JavaMailSender> mail, JdbcSubscriptions subscriptions, MessageSource messages, ITemplateEngine templates,
              WeeklyDigestService digests, DigestTexts digestTexts, People people, JdbcDeliveries deliveries,
              AlertExerciseMarks exercises, @Value("${entente.alerting.mail-from:Entente <alerts@localhost>}") String from,
              @Value("${entente.alerting.site:http://localhost:${server.port:8080}}") String site) {
        this.mail = mail;
        this.subscriptions = subscriptions;
        this.messages = messages;
        this.templates = templates;
        this.digests = digests;
        this.digestTexts = digestTexts;
        this.people = people;
        this.deliveries = deliveries;
        this.exercises = exercises;
        this.from = from;
        this.site = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
    }

    @Override
    public Delivery.Via via() {
        return Delivery.Via.EMAIL;
    }

    @Override
    public Outcome send(Delivery delivery) {
        Optional<Contact> contact = subscriptions.contact(delivery.recipient());
        if (contact.isEmpty()) {
            return new Outcome.Failed(null, "the account has no mail address any more", true);
        }
        if (!mayRead(delivery)) {
            return new Outcome.Failed(null, "the account may no longer read this alert (disabled, or its roles or the record's marking changed)", true);
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return new Outcome.Failed(null, "no mail server configured (spring.mail.host)", false);
        }
        Locale locale = Locale.forLanguageTag(contact.get().language());
        Written written = switch (delivery.kind()) {
            case WEEKLY_DIGEST -> digest(delivery, locale);
            case DAILY_DIGEST -> daily(delivery, locale);
            default -> write(delivery.alert(), locale);
        };
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(contact.get().email());
            helper.setSubject(written.subject());
            helper.setText(written.text(), written.html());
            message.setHeader("Content-Language", contact.get().language());
            message.saveChanges();
            message.setHeader("Message-ID", "<" + delivery.messageId() + "." + delivery.id() + "@entente>");
            sender.send(message);
            return new Outcome.Delivered(null);
        } catch (MessagingException | MailException e) {
            return new Outcome.Failed(null, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    /**
     * Whether the recipient may still read the alert when it is sent (their grants now, its marking): a mail may wait for its
     * retries or a quiet period while an account is disabled or a role taken away. A digest is read as the recipient anyway.
     */
    private boolean mayRead(Delivery delivery) {
        Alert alert = delivery.alert();
        Set<StateCode> contributors = alert.contributors().stream().map(StateCode::of).collect(java.util.stream.Collectors.toSet());
        return people.actor(delivery.recipient())
                .filter(actor -> alert.marking().readableBy(actor, OrganizationCode.of(alert.organization()), contributors)).isPresent();
    }

    /** A mail as written: subject, plain text, HTML. */
    record Written(String subject, String text, String html) {
    }

    /** The alert as a mail in the language of {@code locale}. */
    Written write(Alert alert, Locale locale) {
        String headline = headline(alert, locale);
        String when = messages.getMessage("alert.mail.when", new Object[] {new Times(locale).text(alert.at())}, locale);
        String link = site + alert.path();
        String manage = site + "/account/alerts";
        String open = messages.getMessage("alert.mail.open", null, locale);
        String why = messages.getMessage(alert.kind().subscribable() && alert.kind() != AlertKind.VOTE_NEEDED ? "alert.mail.whySubscribed"
                : "alert.mail.whyRole", null, locale);
        List<String> text = new ArrayList<>(List.of(headline, "", when, "", open + " " + link, "", "-- ", why + " " + manage));
        Context context = new Context(locale);
        context.setVariable("headline", headline);
        context.setVariable("when", when);
        context.setVariable("link", link);
        context.setVariable("open", open);
        footer(context, why, manage);
        return written(alert.organization(), headline, String.join("\n", text) + "\n", context, "mail/alert");
    }

    /**
     * The organization's week as the recipient may read it now (their grants when it is sent), in their language: the digest's
     * page and its text, with the reason they receive it.
     */
    Written digest(Delivery delivery, Locale locale) {
        Actor reader = people.actor(delivery.recipient()).orElse(Actor.ANONYMOUS);
        IsoWeek week = IsoWeek.parse(delivery.alert().data().get("week"));
        WeeklyDigest digest = digests.digest(OrganizationCode.of(delivery.organization()), week.monday(), reader);
        DigestView view = digestTexts.view(digest, locale, site);
        String why = messages.getMessage("alert.mail.whySubscribed", null, locale);
        String manage = site + "/account/alerts";
        String link = site + delivery.alert().path();
        String open = messages.getMessage("alert.mail.open", null, locale);
        String text = digestTexts.text(view) + "\n" + open + " " + link + "\n\n-- \n" + why + " " + manage + "\n";
        Context context = new Context(locale);
        context.setVariable("headline", view.title());
        context.setVariable("body", digestTexts.html(view, new Times(locale)));
        context.setVariable("link", link);
        context.setVariable("open", open);
        footer(context, why, manage);
        return written(delivery.organization(), view.title(), text, context, "mail/digest");
    }

    /** A day's digest: the headline, time and link of each alert it includes, in time order, in the recipient's language. */
    Written daily(Delivery delivery, Locale locale) {
        String title = headline(delivery.alert(), locale);
        List<Map<String, String>> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder(title).append("\n\n");
        for (Alert alert : deliveries.includedIn(delivery.messageId(), delivery.recipient())) {
            String headline = headline(alert, locale);
            String when = new Times(locale).text(alert.at());
            String link = site + alert.path();
            lines.add(Map.of("headline", headline, "when", when, "link", link));
            text.append("- ").append(when).append(": ").append(headline).append("\n  ").append(link).append('\n');
        }
        String why = messages.getMessage("alert.mail.whySubscribed", null, locale);
        String manage = site + "/account/alerts";
        text.append("\n-- \n").append(why).append(' ').append(manage).append('\n');
        Context context = new Context(locale);
        context.setVariable("headline", title);
        context.setVariable("lines", lines);
        footer(context, why, manage);
        return written(delivery.alert().organization(), title, text.toString(), context, "mail/daily");
    }

    /**
     * A mail about the organization titled {@code title}, in the language of {@code context}: its subject the title, after the
     * exercise's mark where the organization is an exercise ({@code [EXERCISE CSTO-X1] [Entente] ...}); its text and its HTML
     * (the {@code template} with {@code context}) then starting with the sentence that says it is an exercise and nothing in it
     * counts in the real record.
     */
    private Written written(String organization, String title, String text, Context context, String template) {
        Locale locale = context.getLocale();
        Optional<String> notice = exercises.notice(organization, locale);
        context.setVariable("exercise", notice.orElse(null));
        String subject = exercises.marked(organization, messages.getMessage("alert.mail.subject", new Object[] {title}, locale), locale);
        return new Written(subject, notice.map(sentence -> sentence + "\n\n").orElse("") + text, templates.process(template, context));
    }

    /** What every mail ends with: why the recipient receives it, and where they change what they receive. */
    private static void footer(Context context, String why, String manage) {
        context.setVariable("why", why);
        context.setVariable("manage", manage);
        context.setVariable("language", context.getLocale().getLanguage());
    }

    /** The alert's headline: what happened, in the organization, to which request or mission. */
    String headline(Alert alert, Locale locale) {
        String about = alert.subject().substring(alert.subject().indexOf('/') + 1);
        String detail = switch (alert.kind()) {
            case DECISION_TAKEN -> messages.getMessage("decision." + alert.data().get("decision"), null, alert.data().get("decision"), locale);
            case CONTINGENT_LATE -> alert.data().get("slipHours");
            case SITREP_FILED -> alert.data().get("number");
            case VOTE_NEEDED -> alert.data().get("voter");
            case ENDPOINT_DISABLED -> alert.data().get("endpoint");
            case INJECT_ARRIVED -> alert.data().get("title");
            case WEEKLY_DIGEST -> alert.data().get("week");
            case DAILY_DIGEST -> alert.data().get("day");
            case MANDATE_ENDING -> alert.data().get("ends");
            default -> "";
        };
        String state = alert.state() == null ? "" : alert.state();
        return messages.getMessage("alert.headline." + alert.kind().code(), new Object[] {alert.organization(), about, state, detail}, locale);
    }
}
