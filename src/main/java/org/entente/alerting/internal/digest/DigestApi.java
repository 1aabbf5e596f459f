package org.entente.alerting.internal.digest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.entente.access.CurrentActor;
import org.entente.alerting.internal.digest.WeeklyDigest.Cited;
import org.entente.alerting.internal.digest.WeeklyDigest.Term;
import org.entente.register.OrganizationCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The weekly digest through the API: one ISO week of an organization's record, as the caller may read it. */
@RestController
@RequestMapping("/api/v1/organizations/{organization}/digests")
@Tag(name = "Weekly digest", description = "An organization's week: requests filed, decisions taken, what its missions did, casualty figures "
        + "reported or revised, corrections to the register; each item with its sources and the address of the original where the record has one")
class DigestApi {

    private final WeeklyDigestService digests;
    private final DigestTexts texts;
    private final CurrentActor actor;

    DigestApi(WeeklyDigestService digests, DigestTexts texts, CurrentActor actor) {
        this.digests = digests;
        this.texts = texts;
        this.actor = actor;
    }

    /** A source of an item: its title, publisher and date where the record has them, and the address of the original, or null. */
    record SourceJson(String title, String publisher, String published, String url) {

        static SourceJson of(Cited cited) {
            return new SourceJson(cited.title(), cited.publisher(), cited.published(), cited.url());
        }
    }

    /**
     * One item: what kind of step it is, when (a day as the sources date it, or an instant), what happened in the asked language,
     * the terms of that line as codes, the record's own text it is about, the address of Entente's page for it, its sources.
     */
    record ItemJson(String kind, String when, String what, List<String> terms, String subject, String link, List<SourceJson> sources) {
    }

    /** A section of the digest (requests, decisions, missions, figures, corrections) with its heading and its items in time order. */
    record SectionJson(String section, String heading, List<ItemJson> items) {
    }

    /** The digest of one week: the organization, the week (ISO), its Monday and Sunday, its title with the period, its sections. */
    record DigestJson(String organization, String week, LocalDate from, LocalDate until, String language, String title, List<SectionJson> sections) {
    }

    @GetMapping("/{week}")
    @Operation(summary = "One week's digest of an organization's record, with the sources of each item",
            description = "The ISO week (Monday to Sunday, counted in UTC). Requests filed and decisions taken in it, steps of its missions, "
                    + "contingents arrived and sitreps filed, casualty figures reported or revised in it (each source's figure as it gave it, "
                    + "never added together), and the register's records corrected or retired in it. Only what the caller may read: an open "
                    + "request or a restricted sitrep only for those who may read it. Dates known only to the month fall in no week. "
                    + "Texts in the language asked (Accept-Language or lang: en, ru, id). 400 for a week not of the form 2022-W01; "
                    + "404 for an unknown organization.")
    DigestJson digest(@PathVariable String organization,
                      @Parameter(description = "An ISO week: week-based year, W, week of two digits (2022-W01 is 3 to 9 January 2022)") @PathVariable String week,
                      Locale locale, HttpServletRequest request) {
        OrganizationCode code = digests.organization("organization", organization);
        IsoWeek asked = DigestForms.week("week", week);
        WeeklyDigest digest = digests.digests(code, List.of(asked), actor.get()).getFirst();
        String base = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        DigestView view = texts.view(digest, locale, base);
        List<SectionJson> sections = digest.parts().stream().map(part -> new SectionJson(part.section().code(), texts.heading(part.section(), locale),
                part.items().stream().map(item -> new ItemJson(item.kind(), item.when().text(), texts.what(item, locale),
                        item.terms().stream().map(Term::code).toList(), item.subject(), base + item.path(),
                        item.sources().stream().map(SourceJson::of).toList())).toList())).toList();
        return new DigestJson(code.value(), asked.toString(), asked.monday(), asked.sunday(), view.language(), view.title(), sections);
    }
}
