package org.entente.alerting.internal.delivery;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.entente.access.CurrentActor;
import org.entente.alerting.AlertKind;
import org.entente.command.Refusal;
import org.entente.register.Organization;
import org.entente.register.Register;
import org.entente.web.FormAttempt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of alerting: one's own alert mail and subscriptions (on the account), and an organization's webhook endpoints
 * with each one's delivery log (its secretariat). Thin: every rule is {@link AlertingService}'s; a refused form comes back as
 * it was filled in, with the reasons at its fields, and a refused button comes back to its page with the reason.
 */
@Controller
class AlertingPages {

    /** The most deliveries an endpoint's log page shows, newest first. */
    static final int LOG_LENGTH = 50;

    private final AlertingService service;
    private final Register register;
    private final CurrentActor actor;
    private final Clock clock;

    AlertingPages(AlertingService service, Register register, CurrentActor actor, Clock clock) {
        this.service = service;
        this.register = register;
        this.actor = actor;
        this.clock = clock;
    }

    /** A language mail is written in, named in itself as the page header names it. */
    record Language(String code, String name) {
    }

    static final List<Language> LANGUAGES = List.of(new Language("en", "English"), new Language("ru", "Русский"),
            new Language("id", "Bahasa Indonesia"));

    /** The contact form as filled in. */
    record ContactForm(String email, String language) {
    }

    /** The subscription form as filled in. */
    record SubscriptionForm(String organization, List<String> kinds, String state, String mission, String channel) {

        SubscriptionForm {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }
    }

    /** The endpoint form as filled in. */
    record EndpointForm(String url, List<String> kinds, String description) {

        EndpointForm {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }
    }

    // One's own alerts.

    @GetMapping("/account/alerts")
    String alerts(Model model, Locale locale) {
        return alertsPage(model, contactForm(locale), blankSubscription());
    }

    @PostMapping("/account/alerts/contact")
    String contact(@RequestParam(required = false) String email, @RequestParam(required = false) String language, Model model,
                   HttpServletResponse response, RedirectAttributes next) {
        ContactForm form = new ContactForm(email, language);
        return attempt(model, response, "contactProblem", () -> {
            service.contact(actor.get(), email, language);
            next.addFlashAttribute("saved", "contact");
            return "redirect:/account/alerts";
        }, () -> alertsPage(model, form, blankSubscription()));
    }

    @PostMapping("/account/alerts/subscriptions")
    String subscribe(@RequestParam(required = false) String organization, @RequestParam(required = false) List<String> kinds,
                     @RequestParam(required = false) String state, @RequestParam(required = false) String mission,
                     @RequestParam(required = false) String channel, Model model, HttpServletResponse response, RedirectAttributes next,
                     Locale locale) {
        SubscriptionForm form = new SubscriptionForm(organization, kinds, state, mission, channel);
        return attempt(model, response, "subscriptionProblem", () -> {
            Subscription subscription = service.subscribe(actor.get(), organization, kinds, state, mission, channel);
            next.addFlashAttribute("saved", "subscription-" + subscription.id());
            return "redirect:/account/alerts";
        }, () -> alertsPage(model, contactForm(locale), form));
    }

    @PostMapping("/account/alerts/subscriptions/{id}/removal")
    String unsubscribe(@PathVariable long id, RedirectAttributes next) {
        service.unsubscribe(actor.get(), id);
        next.addFlashAttribute("saved", "removed");
        return "redirect:/account/alerts";
    }

    private String alertsPage(Model model, ContactForm contact, SubscriptionForm subscription) {
        AlertingService.Settings settings = service.settings(actor.get());
        model.addAttribute("contact", settings.contact());
        model.addAttribute("subscriptions", settings.subscriptions());
        model.addAttribute("contactForm", contact);
        model.addAttribute("subscriptionForm", subscription);
        model.addAttribute("organizations", register.organizations(clock.instant()));
        model.addAttribute("kinds", subscribable());
        model.addAttribute("channels", Subscription.Channel.values());
        model.addAttribute("languages", LANGUAGES);
        fieldErrors(model);
        return "alerts";
    }

    /** One's contact as the form shows it: as saved, or empty in the page's language. */
    private ContactForm contactForm(Locale locale) {
        Contact contact = service.settings(actor.get()).contact();
        return contact != null ? new ContactForm(contact.email(), contact.language())
                : new ContactForm("", Contact.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en");
    }

    private static SubscriptionForm blankSubscription() {
        return new SubscriptionForm("", List.of(), "", "", Subscription.Channel.EMAIL.code());
    }

    // An organization's webhook endpoints.

    @GetMapping("/organizations/{organization}/webhooks")
    String webhooks(@PathVariable String organization, Model model) {
        return webhooksPage(organization, new EndpointForm("", List.of(), ""), model);
    }

    @PostMapping("/organizations/{organization}/webhooks")
    String register(@PathVariable String organization, @RequestParam(required = false) String url, @RequestParam(required = false) List<String> kinds,
                    @RequestParam(required = false) String description, Model model, HttpServletResponse response, RedirectAttributes next) {
        EndpointForm form = new EndpointForm(url, kinds, description);
        return attempt(model, response, "refused", () -> {
            WebhookEndpoint endpoint = service.register(actor.get(), organization, url, kinds, description);
            next.addFlashAttribute("createdEndpoint", endpoint.id());
            next.addFlashAttribute("createdSecret", endpoint.secret().encoded());
            return "redirect:" + webhooksPath(endpoint.organization());
        }, () -> webhooksPage(organization, form, model));
    }

    @PostMapping("/organizations/{organization}/webhooks/{endpoint}/enabled")
    String enabled(@PathVariable String organization, @PathVariable String endpoint, @RequestParam(required = false) String enabled,
                   RedirectAttributes next) {
        WebhookEndpoint found = service.endpoint(actor.get(), organization, endpoint);
        return step(webhooksPath(found.organization()), next, () -> {
            if (!"true".equals(enabled) && !"false".equals(enabled)) {
                throw Refusal.invalid("enabled", "say true or false");
            }
            service.enabled(actor.get(), organization, endpoint, Boolean.parseBoolean(enabled));
        });
    }

    @PostMapping("/organizations/{organization}/webhooks/{endpoint}/removal")
    String remove(@PathVariable String organization, @PathVariable String endpoint, RedirectAttributes next) {
        WebhookEndpoint found = service.endpoint(actor.get(), organization, endpoint);
        return step(webhooksPath(found.organization()), next, () -> service.remove(actor.get(), organization, endpoint));
    }

    @GetMapping("/organizations/{organization}/webhooks/{endpoint}")
    String log(@PathVariable String organization, @PathVariable String endpoint, Model model) {
        WebhookEndpoint found = service.endpoint(actor.get(), organization, endpoint);
        model.addAttribute("organization", organization(organization));
        model.addAttribute("endpoint", found);
        model.addAttribute("log", service.log(actor.get(), organization, endpoint, LOG_LENGTH));
        model.addAttribute("logLength", LOG_LENGTH);
        return "webhook";
    }

    @PostMapping("/organizations/{organization}/webhooks/{endpoint}/deliveries/{delivery}/redelivery")
    String redeliver(@PathVariable String organization, @PathVariable String endpoint, @PathVariable long delivery, RedirectAttributes next) {
        WebhookEndpoint found = service.endpoint(actor.get(), organization, endpoint);
        return step(webhooksPath(found.organization()) + "/" + found.id(), next, () -> {
            service.redeliver(actor.get(), organization, endpoint, delivery);
            next.addFlashAttribute("redelivered", delivery);
        });
    }

    private String webhooksPage(String organization, EndpointForm form, Model model) {
        model.addAttribute("organization", organization(organization));
        model.addAttribute("endpoints", service.endpoints(actor.get(), organization));
        model.addAttribute("form", form);
        model.addAttribute("kinds", subscribable());
        fieldErrors(model);
        return "webhooks";
    }

    private Organization organization(String code) {
        return register.organizationNamed("organization", code, clock.instant());
    }

    private static String webhooksPath(String organization) {
        return "/organizations/" + organization + "/webhooks";
    }

    /** Runs a button's step and comes back to {@code page}, with the reason where the step was refused (a missing record: the error page). */
    private static String step(String page, RedirectAttributes next, Runnable step) {
        try {
            step.run();
        } catch (Refusal refused) {
            if (refused.reason() == Refusal.Reason.NOT_FOUND) {
                throw refused;
            }
            next.addFlashAttribute("problem", refused.detail());
        }
        return "redirect:" + page;
    }

    private static String attempt(Model model, HttpServletResponse response, String problem, Supplier<String> save, Supplier<String> again) {
        return FormAttempt.saveOrShowAgain(model, response, problem, save, again);
    }

    private static void fieldErrors(Model model) {
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
    }

    private static List<AlertKind> subscribable() {
        return Arrays.stream(AlertKind.values()).filter(AlertKind::subscribable).toList();
    }
}
