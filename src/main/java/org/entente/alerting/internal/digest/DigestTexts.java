package org.entente.alerting.internal.digest;

import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.FieldPosition;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import org.entente.alerting.internal.digest.DigestView.ItemView;
import org.entente.alerting.internal.digest.DigestView.SectionView;
import org.entente.alerting.internal.digest.WeeklyDigest.Item;
import org.entente.alerting.internal.digest.WeeklyDigest.Term;
import org.entente.register.NativeName;
import org.entente.register.States;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A digest in a language ({@link DigestView}): the interface's messages ({@code digest.*}) and words (threats, decisions, mission
 * statuses, figure categories, counts), states by their names in the language, the period as the language writes a span of days
 * (ICU); days and instants stay ISO text for the pages' {@code times} to write. The one place a digest's words are chosen, for its
 * page, its feed and a mail.
 */
@Component
public class DigestTexts {

    private final MessageSource messages;
    private final ITemplateEngine templates;

    DigestTexts(MessageSource messages, ITemplateEngine templates) {
        this.messages = messages;
        this.templates = templates;
    }

    /**
     * {@code view} as HTML, written by the fragment the digest's page shows ({@code digest-fragments :: digest}): for a feed entry
     * or a mail. {@code times} is the pages' {@code times} (how a page writes days and instants in its language), or null for
     * the ISO text.
     */
    public String html(DigestView view, Object times) {
        var variables = new HashMap<String, Object>();
        variables.put("digest", view);
        variables.put("times", times);
        return templates.process("digest-fragments", Set.of("digest"), new Context(Locale.of(view.language()), variables)).strip();
    }

    /** {@code view} as plain text, for a mail's text part: the title, then each section with its lines, each line's sources and links below it. */
    public String text(DigestView view) {
        Locale locale = Locale.of(view.language());
        var text = new StringBuilder(view.title()).append("\n\n");
        if (view.empty()) {
            text.append(message("digest.empty", locale)).append('\n');
        }
        for (DigestView.SectionView section : view.sections()) {
            text.append(section.heading()).append("\n\n");
            for (ItemView item : section.items()) {
                text.append("- ").append(item.when()).append(": ").append(item.what()).append(" — ").append(item.subject()).append('\n')
                        .append("  ").append(item.href()).append('\n');
                for (WeeklyDigest.Cited source : item.sources()) {
                    text.append("  ").append(message("digest.source", locale)).append(": ").append(source.title());
                    if (source.publisher() != null) {
                        text.append(", ").append(source.publisher());
                    }
                    if (source.published() != null) {
                        text.append(", ").append(source.published());
                    }
                    text.append('\n');
                    if (source.url() != null) {
                        text.append("  ").append(message("digest.original", locale)).append(": ").append(source.url()).append('\n');
                    }
                }
            }
            text.append('\n');
        }
        return text.toString().strip() + "\n";
    }

    /** The feed's title in the language: "CSTO: weekly digest". */
    public String feedTitle(WeeklyDigest digest, Locale asked) {
        Locale locale = supported(asked);
        return messages.getMessage("digest.feedTitle", new Object[] {shortName(digest, locale)}, locale);
    }

    /** {@code digest} in {@code locale}'s language, each item's link its path after {@code base} (a context path, or a site's address). */
    public DigestView view(WeeklyDigest digest, Locale asked, String base) {
        Locale locale = supported(asked);
        String language = locale.getLanguage();
        String organization = shortName(digest, locale);
        String period = period(digest.week(), locale);
        var sections = digest.parts().stream().filter(part -> !part.items().isEmpty())
                .map(part -> new SectionView(part.section().code(), heading(part.section(), locale),
                        part.items().stream().map(item -> new ItemView(item.kind(), item.when().text(), what(item, locale),
                                item.subject(), base + item.path(), item.sources())).toList()))
                .toList();
        return new DigestView(language, title(organization, period, locale), period, organization, digest.week(), digest.week().previous(),
                digest.week().next(), digest.isEmpty(), sections);
    }

    /** The organization's abbreviation in the language (its name where it has none): "CSTO", "ОДКБ". */
    private static String shortName(WeeklyDigest digest, Locale locale) {
        NativeName named = digest.organization().nameIn(locale.getLanguage());
        return named.abbreviation() != null ? named.abbreviation() : named.name();
    }

    /** "CSTO: the week of January 3 – 9, 2022" in the language. */
    private String title(String organization, String period, Locale locale) {
        return messages.getMessage("digest.title", new Object[] {organization, period}, locale);
    }

    /** The week's Monday to Sunday as the language writes a span of days: "January 3 – 9, 2022", "3–9 января 2022 г.". */
    static String period(IsoWeek week, Locale locale) {
        DateIntervalFormat format = DateIntervalFormat.getInstance("yMMMMd", ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.GMT_ZONE);
        long from = week.monday().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long until = week.sunday().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return format.format(new DateInterval(from, until), new StringBuffer(), new FieldPosition(0)).toString();
    }

    /** A section's heading in the language. */
    String heading(WeeklyDigest.Section section, Locale locale) {
        return message("digest.section." + section.code(), supported(locale));
    }

    /** What happened, in the language: the message {@code digest.item.<kind>} with the item's terms in the language. */
    String what(Item item, Locale asked) {
        Locale locale = supported(asked);
        Object[] terms = item.terms().stream().map(term -> term(term, locale)).toArray();
        return messages.getMessage("digest.item." + item.kind(), terms, locale);
    }

    private Object term(Term term, Locale locale) {
        return switch (term) {
            case Term.StateTerm state -> States.find(state.state()).map(found -> found.names().get(locale.getLanguage())).orElse(state.state().value());
            case Term.Word word -> message(word.family() + "." + word.code(), locale);
            case Term.CountTerm count -> messages.getMessage("mission.count." + count.count().bound().code(), new Object[] {count.count().value()}, locale);
            case Term.Number number -> number.value();
        };
    }

    /** The interface language {@code asked} names, or English for one the interface is not written in. */
    private static Locale supported(Locale asked) {
        return States.LANGUAGES.contains(asked.getLanguage()) ? Locale.of(asked.getLanguage()) : Locale.ENGLISH;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
