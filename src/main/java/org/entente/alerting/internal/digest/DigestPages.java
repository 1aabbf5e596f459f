package org.entente.alerting.internal.digest;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.entente.access.Actor;
import org.entente.access.CurrentActor;
import org.entente.alerting.internal.AlertExerciseMarks;
import org.entente.alerting.internal.AtomFeed;
import org.entente.alerting.internal.AtomFeedWriter;
import org.entente.alerting.internal.FeedOrigin;
import org.entente.register.OrganizationCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The weekly digest as a page (one week, as the reader may read it; by default the last complete week) and as an Atom feed of the
 * last {@value WeeklyDigestService#FEED_WEEKS} complete weeks, one entry per week, as everyone may read them; an exercise's feed
 * and each of its entries titled after the exercise's mark ({@code [EXERCISE CSTO-X1]}) in the reader's language.
 */
@Controller
class DigestPages {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final WeeklyDigestService digests;
    private final DigestTexts texts;
    private final FeedOrigin origin;
    private final AlertExerciseMarks exercises;
    private final CurrentActor actor;
    private final AtomFeedWriter writer = new AtomFeedWriter();

    DigestPages(WeeklyDigestService digests, DigestTexts texts, FeedOrigin origin, AlertExerciseMarks exercises, CurrentActor actor) {
        this.digests = digests;
        this.texts = texts;
        this.origin = origin;
        this.exercises = exercises;
        this.actor = actor;
    }

    @GetMapping("/organizations/{organization}/digest")
    String page(@PathVariable String organization, @RequestParam(required = false) String week, Locale locale, HttpServletRequest request, Model model) {
        OrganizationCode code = digests.organization("organization", organization);
        IsoWeek asked = week == null ? digests.lastCompleteWeek() : DigestForms.week("week", week);
        WeeklyDigest digest = digests.digests(code, List.of(asked), actor.get()).getFirst();
        model.addAttribute("organization", digest.organization());
        model.addAttribute("digest", texts.view(digest, locale, request.getContextPath()));
        return "digest";
    }

    @GetMapping("/organizations/{organization}/digest.atom")
    ResponseEntity<String> feed(@PathVariable String organization, Locale locale, HttpServletRequest request, Model model) {
        OrganizationCode code = digests.organization("organization", organization);
        URI asked = URI.create(ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString());
        String sender = origin.sender(request.getServerName());
        String site = FeedOrigin.base(origin.site(asked));
        String pages = site + "/organizations/" + code.value();
        List<WeeklyDigest> weeks = digests.digests(code, digests.feedWeeks(), Actor.ANONYMOUS);
        List<AtomFeed.Entry> entries = weeks.stream().map(digest -> {
            DigestView view = texts.view(digest, locale, site);
            return new AtomFeed.Entry(AtomFeed.tag(sender, code.value() + "/digest/" + digest.week()), exercises.marked(code.value(), view.title(), locale),
                    digest.week().end(),
                    URI.create(pages + "/digest?week=" + digest.week()), new AtomFeed.Content.Html(texts.html(view, model.getAttribute("times"))));
        }).toList();
        WeeklyDigest latest = weeks.getFirst();
        AtomFeed feed = new AtomFeed(AtomFeed.tag(sender, code.value() + "/digest"), exercises.marked(code.value(), texts.feedTitle(latest, locale), locale),
                latest.week().end(),
                URI.create(pages + "/digest.atom"), URI.create(pages + "/digest"), latest.organization().name(), entries);
        return ResponseEntity.ok().contentType(ATOM).body(writer.write(feed));
    }
}
