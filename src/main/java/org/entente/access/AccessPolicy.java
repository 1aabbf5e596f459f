package org.entente.access;

import static org.entente.access.Audience.EVERYONE;
import static org.entente.access.Audience.SIGNED_IN;
import static org.entente.access.Audience.holders;

import java.util.List;
import java.util.function.Predicate;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;

/**
 * The one table that says who may use every endpoint and page, and the rule that applies it. The
 * first row whose method and pattern match a request decides; a request no row matches is refused,
 * so nothing escapes the table. docs/security.md describes the same table; a test generated from it
 * checks every row against every kind of actor.
 */
public final class AccessPolicy {

    public static final List<AccessRule> RULES = List.of(
            // Pages of the public record.
            new AccessRule("GET", "/", EVERYONE, "the organizations"),
            new AccessRule("GET", "/organizations/{organization}", EVERYONE, "an organization's membership timeline"),
            new AccessRule("GET", "/organizations/{organization}/members", EVERYONE, "the members on a date (page fragment)"),
            new AccessRule("GET", "/organizations/{organization}/members.csv", EVERYONE, "the members on a date as a CSV download"),
            new AccessRule("GET", "/organizations/{organization}/clauses", EVERYONE, "an organization's instruments and clauses"),
            new AccessRule("GET", "/organizations/{organization}/sources", EVERYONE, "an organization's sources and disagreements"),
            new AccessRule("GET", "/organizations/{organization}/states/{state}", EVERYONE, "a state's history in an organization"),
            // Search: what the reader may read (open requests only for the organization's role holders, checked by the search).
            new AccessRule("GET", "/search", EVERYONE, "search across organizations, states, requests, clauses, sources and missions"),
            // Requests for assistance: decided ones are public, open ones the organization's (checked by the request's reader).
            new AccessRule("GET", "/organizations/{organization}/requests", EVERYONE, "an organization's requests, with outcome and time to decision"),
            new AccessRule("GET", "/organizations/{organization}/requests.csv", EVERYONE,
                    "an organization's requests as a CSV download (open ones for its role holders, as on the page)"),
            new AccessRule("GET", "/organizations/{organization}/alerts.atom", EVERYONE,
                    "an organization's public council decisions and mission steps as an Atom feed of CAP 1.2 alerts"),
            new AccessRule("GET", "/organizations/{organization}/alerts/{identifier}.xml", EVERYONE,
                    "one public CAP 1.2 alert of an organization, as a CAP document"),
            new AccessRule("GET", "/organizations/{organization}/digest", EVERYONE,
                    "an organization's weekly digest: one week's record with its sources (what the reader may read)"),
            new AccessRule("GET", "/organizations/{organization}/digest.atom", EVERYONE,
                    "an organization's weekly digests of the last 8 complete weeks as an Atom feed (the public record)"),
            new AccessRule("GET", "/organizations/{organization}/requests/new", holders(Role.LIAISON, Role.SECRETARIAT),
                    "the filing page (a liaison files for their own state, checked on filing)"),
            new AccessRule("GET", "/organizations/{organization}/requests/eligibility", holders(Role.LIAISON, Role.SECRETARIAT),
                    "the policies' verdicts before filing (page fragment)"),
            new AccessRule("POST", "/organizations/{organization}/requests", holders(Role.LIAISON, Role.SECRETARIAT), "filing a request"),
            new AccessRule("GET", "/organizations/{organization}/requests/{id}", EVERYONE, "a request's story, its session and decision"),
            new AccessRule("GET", "/organizations/{organization}/requests/{id}/tally", EVERYONE, "a session's live tally (page fragment)"),
            new AccessRule("POST", "/organizations/{organization}/requests/{id}/withdrawal", holders(Role.LIAISON, Role.SECRETARIAT),
                    "withdrawing a request before its decision (its state's liaison, checked on withdrawal)"),
            new AccessRule("POST", "/organizations/{organization}/requests/{id}/session", holders(Role.SECRETARIAT), "convening the council"),
            new AccessRule("POST", "/organizations/{organization}/requests/{id}/session/votes/{state}", holders(Role.COUNCIL_REPRESENTATIVE),
                    "voting for one's own state"),
            new AccessRule("POST", "/organizations/{organization}/requests/{id}/session/closure", holders(Role.SECRETARIAT),
                    "closing the session: the decision"),
            new AccessRule("POST", "/organizations/{organization}/requests/{id}/closure", holders(Role.SECRETARIAT), "closing a decided request"),
            new AccessRule("GET", "/organizations/{organization}/requests/{id}/force-generation",
                    holders(Role.SECRETARIAT, Role.COUNCIL_REPRESENTATIVE, Role.LIAISON, Role.OBSERVER), "force generation for a decision to deploy"),
            new AccessRule("GET", "/organizations/{organization}/requests/{id}/force-generation/package.csv",
                    holders(Role.SECRETARIAT, Role.COUNCIL_REPRESENTATIVE, Role.LIAISON, Role.OBSERVER), "a request's force package as a CSV download"),
            new AccessRule("GET", "/organizations/{organization}/requests/{id}/force-generation/jobs/{job}",
                    holders(Role.SECRETARIAT, Role.COUNCIL_REPRESENTATIVE, Role.LIAISON, Role.OBSERVER), "a planner job's progress (page fragment)"),
            new AccessRule("GET", "/organizations/{organization}/requests/{id}/force-generation/jobs/{job}/events",
                    holders(Role.SECRETARIAT, Role.COUNCIL_REPRESENTATIVE, Role.LIAISON, Role.OBSERVER), "a planner job's progress as it happens (server-sent events)"),
            new AccessRule("POST", "/organizations/{organization}/requests/{id}/force-generation/requirements", holders(Role.SECRETARIAT),
                    "setting a decision's statement of requirements"),
            new AccessRule("POST", "/organizations/{organization}/requests/{id}/force-generation/jobs", holders(Role.SECRETARIAT), "starting the planner"),
            new AccessRule("POST", "/organizations/{organization}/requests/{id}/force-generation/jobs/{job}/termination", holders(Role.SECRETARIAT),
                    "stopping the planner early"),
            new AccessRule("POST", "/organizations/{organization}/requests/{id}/force-generation/jobs/{job}/acceptance", holders(Role.SECRETARIAT),
                    "accepting a plan as the force package"),
            new AccessRule("POST", "/organizations/{organization}/requests/{id}/force-generation/package/replanning", holders(Role.SECRETARIAT),
                    "re-planning the package after units drop out"),
            // Standing forces: pools are public; pledges, and what counts them, are the organization's role holders' ("members" marking).
            new AccessRule("GET", "/organizations/{organization}/forces", EVERYONE, "an organization's force pools"),
            new AccessRule("GET", "/organizations/{organization}/forces/map", holders(Role.values()), "the map of the pledged units' home bases"),
            new AccessRule("GET", "/organizations/{organization}/forces/pledges.csv", holders(Role.values()), "the pledged units as a CSV download"),
            new AccessRule("GET", "/organizations/{organization}/forces/pools/{id}", EVERYONE,
                    "a force pool's facts; its gap analysis and pledges for the organization's role holders"),
            new AccessRule("GET", "/organizations/{organization}/forces/pools/{id}/gap", EVERYONE,
                    "a pool's gap analysis on a date (page fragment; for the organization's role holders)"),
            new AccessRule("GET", "/organizations/{organization}/forces/pledges/new", holders(Role.LIAISON, Role.SECRETARIAT),
                    "the pledge form (a liaison pledges for their own state, checked on saving)"),
            new AccessRule("POST", "/organizations/{organization}/forces/pledges", holders(Role.LIAISON, Role.SECRETARIAT), "pledging a unit"),
            new AccessRule("GET", "/organizations/{organization}/forces/pledges/{id}/edit", holders(Role.LIAISON, Role.SECRETARIAT),
                    "a pledge's edit form, with its history"),
            new AccessRule("POST", "/organizations/{organization}/forces/pledges/{id}", holders(Role.LIAISON, Role.SECRETARIAT),
                    "editing a pledge (its state's liaison, checked on saving)"),
            new AccessRule("POST", "/organizations/{organization}/forces/pledges/{id}/verification", holders(Role.SECRETARIAT),
                    "verifying a pledge: one rung up the readiness ladder"),
            new AccessRule("POST", "/organizations/{organization}/forces/pledges/{id}/withdrawal", holders(Role.LIAISON, Role.SECRETARIAT),
                    "withdrawing a pledge (its state's liaison, checked on withdrawal)"),
            // Missions: their pages are the public record, as it stands or as known at a day (home bases of pledged units for the organization's role holders).
            new AccessRule("GET", "/organizations/{organization}/missions", EVERYONE, "an organization's missions, filtered, as they stand or as known at a day"),
            new AccessRule("GET", "/organizations/{organization}/missions/new", holders(Role.SECRETARIAT), "the form creating a mission on a decided request"),
            new AccessRule("POST", "/organizations/{organization}/missions", holders(Role.SECRETARIAT), "creating the mission of a request decided to deploy forces"),
            new AccessRule("GET", "/organizations/{organization}/missions/{mission}", EVERYONE,
                    "a mission's page: facts with sources, strength, timeline, map, casualty figures; as it stands or as known at a day"),
            // A mission's sitreps and sites: read by everyone; filed and revised by the secretariat (the whole mission) and liaisons (their own contingent).
            new AccessRule("GET", "/organizations/{organization}/missions/{mission}/sitreps", EVERYONE,
                    "a mission's sitreps (the latest revision of each) and its sites; as they stand or as known at a day"),
            new AccessRule("GET", "/organizations/{organization}/missions/{mission}/sitreps/new", holders(Role.LIAISON, Role.SECRETARIAT),
                    "the sitrep form (the scope is the filer's, checked on filing)"),
            new AccessRule("POST", "/organizations/{organization}/missions/{mission}/sitreps", holders(Role.LIAISON, Role.SECRETARIAT),
                    "filing a sitrep (the secretariat on the whole mission, a liaison on their own state's contingent, checked on filing)"),
            new AccessRule("GET", "/organizations/{organization}/missions/{mission}/sitreps/{number}", EVERYONE,
                    "a sitrep: every revision and what each changed; as known at a day"),
            new AccessRule("GET", "/organizations/{organization}/missions/{mission}/sitreps/{number}/revise", holders(Role.LIAISON, Role.SECRETARIAT),
                    "a sitrep's revision form, filled in from its latest revision"),
            new AccessRule("POST", "/organizations/{organization}/missions/{mission}/sitreps/{number}/revisions", holders(Role.LIAISON, Role.SECRETARIAT),
                    "revising a sitrep (in the scope its filing allows, checked on revising)"),
            new AccessRule("POST", "/organizations/{organization}/missions/{mission}/status", holders(Role.SECRETARIAT), "moving a mission through its lifecycle"),
            new AccessRule("POST", "/organizations/{organization}/missions/{mission}/contingents", holders(Role.SECRETARIAT),
                    "adding a contingent sent without force generation"),
            new AccessRule("POST", "/organizations/{organization}/missions/{mission}/contingents/{state}/milestones", holders(Role.LIAISON, Role.SECRETARIAT),
                    "reporting a contingent's milestone (a liaison for their own state's, checked on reporting)"),
            new AccessRule("POST", "/organizations/{organization}/missions/{mission}/figures", holders(Role.SECRETARIAT),
                    "reporting or revising a casualty or incident figure"),
            // Webhook endpoints and their delivery logs: the organization's secretariat.
            new AccessRule("GET", "/organizations/{organization}/webhooks", holders(Role.SECRETARIAT),
                    "the organization's webhook endpoints, with their secrets, and the form registering one"),
            new AccessRule("POST", "/organizations/{organization}/webhooks", holders(Role.SECRETARIAT), "registering a webhook endpoint"),
            new AccessRule("GET", "/organizations/{organization}/webhooks/{endpoint}", holders(Role.SECRETARIAT),
                    "a webhook endpoint's delivery log, each delivery with its attempts"),
            new AccessRule("POST", "/organizations/{organization}/webhooks/{endpoint}/enabled", holders(Role.SECRETARIAT),
                    "enabling or disabling a webhook endpoint"),
            new AccessRule("POST", "/organizations/{organization}/webhooks/{endpoint}/removal", holders(Role.SECRETARIAT),
                    "removing a webhook endpoint with its delivery log"),
            new AccessRule("POST", "/organizations/{organization}/webhooks/{endpoint}/deliveries/{delivery}/redelivery", holders(Role.SECRETARIAT),
                    "sending a delivery again"),
            // Signing in and out.
            new AccessRule("GET", "/sign-in", EVERYONE, "the sign-in page"),
            new AccessRule("POST", "/sign-in", EVERYONE, "signing in"),
            new AccessRule("POST", "/sign-out", EVERYONE, "signing out (for someone not signed in, a way home)"),
            new AccessRule("GET", "/oauth2/authorization/{registration}", EVERYONE, "signing in through the OpenID provider"),
            new AccessRule("GET", "/login/oauth2/code/{registration}", EVERYONE, "the OpenID provider's answer"),
            new AccessRule("GET", "/account", SIGNED_IN, "one's roles and personal access tokens"),
            new AccessRule("POST", "/account/tokens", SIGNED_IN, "creating a personal access token"),
            new AccessRule("POST", "/account/tokens/{id}/revoke", SIGNED_IN, "revoking a personal access token"),
            new AccessRule("GET", "/account/alerts", SIGNED_IN, "one's alert mail address, language and subscriptions, and the form subscribing"),
            new AccessRule("POST", "/account/alerts/contact", SIGNED_IN, "setting one's alert mail address and language"),
            new AccessRule("POST", "/account/alerts/subscriptions", SIGNED_IN, "subscribing to kinds of step of an organization"),
            new AccessRule("POST", "/account/alerts/subscriptions/{id}/removal", SIGNED_IN, "ending one of one's subscriptions"),
            // The register's API: the public record.
            new AccessRule("GET", "/api/v1/organizations", EVERYONE, "the organizations"),
            new AccessRule("GET", "/api/v1/organizations/{organization}", EVERYONE, "an organization"),
            // Requests for assistance through the API: as on the pages.
            new AccessRule("GET", "/api/v1/organizations/{organization}/requests/eligibility", holders(Role.LIAISON, Role.SECRETARIAT),
                    "the policies' verdicts before filing"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/requests", holders(Role.LIAISON, Role.SECRETARIAT), "filing a request"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/requests/{id}/withdrawal", holders(Role.LIAISON, Role.SECRETARIAT),
                    "withdrawing a request before its decision (its state's liaison, checked on withdrawal)"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/requests/{id}/session", holders(Role.SECRETARIAT), "convening the council"),
            new AccessRule("PUT", "/api/v1/organizations/{organization}/requests/{id}/session/votes/{state}", holders(Role.COUNCIL_REPRESENTATIVE),
                    "voting for one's own state"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/requests/{id}/session/closure", holders(Role.SECRETARIAT),
                    "closing the session: the decision"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/requests/{id}/closure", holders(Role.SECRETARIAT), "closing a decided request"),
            // Standing forces through the API: as on the pages.
            new AccessRule("GET", "/api/v1/organizations/{organization}/pools", EVERYONE, "an organization's force pools"),
            new AccessRule("GET", "/api/v1/organizations/{organization}/pools/{id}", EVERYONE,
                    "a force pool, with its gap analysis for the organization's role holders"),
            new AccessRule("GET", "/api/v1/organizations/{organization}/pledges", holders(Role.values()), "an organization's pledged units"),
            new AccessRule("GET", "/api/v1/organizations/{organization}/pledges/{id}", holders(Role.values()), "a pledged unit and its history"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/pledges", holders(Role.LIAISON, Role.SECRETARIAT),
                    "pledging a unit (a liaison for their own state, checked on pledging)"),
            new AccessRule("PUT", "/api/v1/organizations/{organization}/pledges/{id}", holders(Role.LIAISON, Role.SECRETARIAT),
                    "editing a pledge (its state's liaison, checked on editing)"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/pledges/{id}/verification", holders(Role.SECRETARIAT),
                    "verifying a pledge: one rung up the readiness ladder"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/pledges/{id}/withdrawal", holders(Role.LIAISON, Role.SECRETARIAT),
                    "withdrawing a pledge (its state's liaison, checked on withdrawal)"),
            // Force generation for a decision to deploy: the organization's role holders read, the secretariat acts.
            new AccessRule("PUT", "/api/v1/organizations/{organization}/requests/{id}/force-generation/requirements", holders(Role.SECRETARIAT),
                    "setting a decision's statement of requirements"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/requests/{id}/force-generation/jobs", holders(Role.SECRETARIAT),
                    "starting the planner"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/requests/{id}/force-generation/jobs/{job}/termination", holders(Role.SECRETARIAT),
                    "stopping the planner early"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/requests/{id}/force-generation/jobs/{job}/acceptance", holders(Role.SECRETARIAT),
                    "accepting a plan as the force package"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/requests/{id}/force-generation/package/replanning", holders(Role.SECRETARIAT),
                    "re-planning the package after units drop out"),
            // Missions: a public record; the secretariat keeps it, a liaison reports their own state's contingent.
            new AccessRule("GET", "/api/v1/organizations/{organization}/missions/**", EVERYONE,
                    "missions, their contingents and figures, as they stand or as known at an instant"),
            // Exercises: the public record of the organization's exercises, as the dataset records them.
            new AccessRule("GET", "/api/v1/organizations/{organization}/recorded-exercises", EVERYONE,
                    "the exercises the organization held, as the record has them: sources and claims, as the register stood at an instant"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/missions", holders(Role.SECRETARIAT),
                    "creating the mission of a request decided to deploy forces"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/missions/{mission}/contingents", holders(Role.SECRETARIAT),
                    "adding a contingent sent without force generation"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/missions/{mission}/status", holders(Role.SECRETARIAT),
                    "moving a mission through its lifecycle"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/missions/{mission}/contingents/{state}/milestones",
                    holders(Role.LIAISON, Role.SECRETARIAT), "reporting a contingent's milestone (a liaison for their own state's, checked on reporting)"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/missions/{mission}/figures", holders(Role.SECRETARIAT),
                    "reporting or revising a casualty or incident figure"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/missions/{mission}/sites", holders(Role.SECRETARIAT),
                    "adding a site to a mission"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/missions/{mission}/sites/{site}/status", holders(Role.SECRETARIAT),
                    "moving a site on (secured, handed over, relinquished)"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/missions/{mission}/sitreps", holders(Role.LIAISON, Role.SECRETARIAT),
                    "filing a sitrep (the secretariat on the whole mission, a liaison on their own state's contingent, checked on filing)"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/missions/{mission}/sitreps/{number}/revisions", holders(Role.LIAISON, Role.SECRETARIAT),
                    "revising a sitrep (in the scope its filing allows, checked on revising)"),
            new AccessRule("GET", "/api/v1/organizations/{organization}/requests/{id}/force-generation/**",
                    holders(Role.SECRETARIAT, Role.COUNCIL_REPRESENTATIVE, Role.LIAISON, Role.OBSERVER),
                    "a decision's requirements, planner jobs and force package"),
            new AccessRule("GET", "/api/v1/organizations/{organization}/digests/{week}", EVERYONE,
                    "an organization's weekly digest of one ISO week (what the caller may read)"),
            // Webhook endpoints: the secretariat's, before the organization's public reads below.
            new AccessRule("GET", "/api/v1/organizations/{organization}/webhooks", holders(Role.SECRETARIAT), "the organization's webhook endpoints"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/webhooks", holders(Role.SECRETARIAT), "registering a webhook endpoint"),
            new AccessRule("GET", "/api/v1/organizations/{organization}/webhooks/{endpoint}", holders(Role.SECRETARIAT), "one webhook endpoint"),
            new AccessRule("PUT", "/api/v1/organizations/{organization}/webhooks/{endpoint}/enabled", holders(Role.SECRETARIAT),
                    "enabling or disabling a webhook endpoint"),
            new AccessRule("DELETE", "/api/v1/organizations/{organization}/webhooks/{endpoint}", holders(Role.SECRETARIAT), "removing a webhook endpoint"),
            new AccessRule("GET", "/api/v1/organizations/{organization}/webhooks/{endpoint}/deliveries", holders(Role.SECRETARIAT),
                    "a webhook endpoint's delivery log"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/webhooks/{endpoint}/deliveries/{delivery}/redelivery", holders(Role.SECRETARIAT),
                    "sending a delivery again"),
            // Exercises of an organization (sandbox organizations copying its record): made by its secretariat, listed for it and its observers.
            new AccessRule("GET", "/api/v1/organizations/{organization}/exercises", holders(Role.SECRETARIAT, Role.OBSERVER),
                    "the organization's exercises in Entente (its sandboxes)"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/exercises", holders(Role.SECRETARIAT),
                    "creating an exercise: a sandbox organization copying the organization's record"),
            new AccessRule("GET", "/api/v1/organizations/{organization}/exercises/{exercise}", SIGNED_IN,
                    "one exercise (the secretariat and observers of the organization or of the exercise, checked on reading)"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/exercises/{exercise}/closure", SIGNED_IN,
                    "closing an exercise: everyone who takes part is removed (the secretariat of the organization or of the exercise, checked on closing)"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/exercises/{exercise}/archival", SIGNED_IN,
                    "archiving a closed exercise (the secretariat of the organization or of the exercise, checked on archiving)"),
            // Participants of an exercise (the address names the exercise): set by its secretariat; read by the secretariat and observers of it and of its organization.
            new AccessRule("GET", "/api/v1/organizations/{organization}/participants", SIGNED_IN,
                    "who takes part in an exercise and who took part (the secretariat and observers of the exercise or of its organization, checked on reading)"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/participants", holders(Role.SECRETARIAT),
                    "adding a participant to an exercise, in a role"),
            new AccessRule("DELETE", "/api/v1/organizations/{organization}/participants/{username}/{role}", holders(Role.SECRETARIAT),
                    "removing a participant in an organization role from an exercise"),
            new AccessRule("DELETE", "/api/v1/organizations/{organization}/participants/{username}/{role}/{state}", holders(Role.SECRETARIAT),
                    "removing a participant acting for a state from an exercise"),
            new AccessRule("PUT", "/api/v1/organizations/{organization}/clock", holders(Role.SECRETARIAT),
                    "setting an exercise's world clock: the world instant it is at and its speed (0 pauses it)"),
            new AccessRule("GET", "/organizations/{organization}/exercise", SIGNED_IN,
                    "an exercise's page: its scenario, its clock and the injects that have arrived (its participants, and the secretariat and observers of its organization, checked on reading)"),
            new AccessRule("POST", "/organizations/{organization}/exercise/clock", holders(Role.SECRETARIAT),
                    "pausing, resuming or setting the speed of an exercise's clock from its page"),
            new AccessRule("GET", "/api/v1/organizations/{organization}/injects", SIGNED_IN,
                    "the injects that have arrived in an exercise (its participants, and the secretariat and observers of its organization, checked on reading)"),
            new AccessRule("GET", "/api/v1/organizations/{organization}/after-action", SIGNED_IN,
                    "an exercise's after-action report: its steps and answers against its scenario's, its force package against history's (its participants, and the secretariat and observers of its organization, checked on reading)"),
            new AccessRule("GET", "/organizations/{organization}/after-action", SIGNED_IN,
                    "an exercise's after-action report as a page, printable (its participants, and the secretariat and observers of its organization, checked on reading)"),
            new AccessRule("GET", "/organizations/{organization}/after-action.csv", SIGNED_IN,
                    "an exercise's after-action report as CSV (its participants, and the secretariat and observers of its organization, checked on reading)"),
            // Scenarios of an organization (timed lists of injects its exercises run): imported by its secretariat, read by it and its observers.
            new AccessRule("GET", "/api/v1/organizations/{organization}/scenarios", holders(Role.SECRETARIAT, Role.OBSERVER),
                    "the organization's library of scenarios for its exercises"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/scenarios", holders(Role.SECRETARIAT),
                    "importing a scenario into the organization's library (a new version under a name held already)"),
            new AccessRule("GET", "/api/v1/organizations/{organization}/scenarios/{id}", holders(Role.SECRETARIAT, Role.OBSERVER),
                    "one scenario of the library, exported as imported"),
            new AccessRule("POST", "/api/v1/organizations/{organization}/scenarios/replays", holders(Role.SECRETARIAT),
                    "replaying a past crisis: a scenario generated from a recorded request of the record, imported into the library"),
            // Everything below an organization is its public record (requests filter themselves: open ones are the organization's). A restricted address below it
            // (pledges, votes, missions) needs its own row BEFORE this one.
            new AccessRule("GET", "/api/v1/organizations/{organization}/**", EVERYONE, "an organization's register, sources and export"),
            new AccessRule("GET", "/api/v1/states", EVERYONE, "the states"),
            new AccessRule("GET", "/api/v1/states/{state}", EVERYONE, "a state"),
            new AccessRule("GET", "/api/v1/search", EVERYONE, "search, as on the search page"),
            // Changing the register: the secretariat of the organization the document holds (checked by the import).
            new AccessRule("POST", "/api/v1/datasets", holders(Role.SECRETARIAT), "importing an organization's dataset"),
            // The audit trail: auditors.
            new AccessRule("GET", "/api/v1/audit/**", holders(Role.SECRETARIAT, Role.OBSERVER), "the audit trail and its verification"),
            new AccessRule("GET", "/audit", holders(Role.SECRETARIAT, Role.OBSERVER), "the audit trail's page, and a record's history"),
            // One's own personal access tokens.
            new AccessRule("GET", "/api/v1/me", SIGNED_IN, "who is signed in, with their roles"),
            new AccessRule("GET", "/api/v1/me/tokens", SIGNED_IN, "one's personal access tokens"),
            new AccessRule("POST", "/api/v1/me/tokens", SIGNED_IN, "not how tokens are made: always 403 (see the account page and the exchange)"),
            new AccessRule("DELETE", "/api/v1/me/tokens/{id}", SIGNED_IN, "revoking a personal access token"),
            new AccessRule("GET", "/api/v1/me/alerts", SIGNED_IN, "one's alert mail address, language and subscriptions"),
            new AccessRule("PUT", "/api/v1/me/alerts/contact", SIGNED_IN, "setting one's alert mail address and language"),
            new AccessRule("POST", "/api/v1/me/alerts/subscriptions", SIGNED_IN, "subscribing to kinds of step of an organization"),
            new AccessRule("DELETE", "/api/v1/me/alerts/subscriptions/{id}", SIGNED_IN, "ending one of one's subscriptions"),
            // A script's first token: a local account's password exchanged for it (throttled like signing in).
            new AccessRule("POST", "/api/v1/tokens/exchange", EVERYONE, "exchanging a local account's password for a personal access token"),
            // The API's description, static assets, health, and error pages.
            new AccessRule("GET", "/api", EVERYONE, "the browsable API description"),
            new AccessRule("GET", "/swagger-ui/**", EVERYONE, "the browsable API description"),
            new AccessRule("GET", "/v3/api-docs", EVERYONE, "the OpenAPI description"),
            new AccessRule("GET", "/v3/api-docs.yaml", EVERYONE, "the OpenAPI description in YAML"),
            new AccessRule("GET", "/v3/api-docs/**", EVERYONE, "the OpenAPI description"),
            new AccessRule("GET", "/css/**", EVERYONE, "style sheets"),
            new AccessRule("GET", "/webjars/**", EVERYONE, "style sheets and scripts from webjars"),
            new AccessRule("GET", "/favicon.ico", EVERYONE, "the icon"),
            new AccessRule("GET", "/actuator/health", EVERYONE, "health, for load balancers"),
            new AccessRule("GET", "/actuator/health/**", EVERYONE, "health, for load balancers"),
            new AccessRule("*", "/error", EVERYONE, "the error page"));

    private AccessPolicy() {
    }

    /**
     * Whether {@code actor} may make a request that matched {@code rule}, whose address named
     * {@code organization} and {@code state} (either null when it names none). A role counts in the organization the
     * address names only; where it names none (the audit trail), in any real organization: {@code exercise} says which
     * organizations are exercises, and a role held in one of them opens nothing outside it.
     */
    public static Decision decide(Actor actor, AccessRule rule, String organization, String state, Predicate<OrganizationCode> exercise) {
        return switch (rule.audience()) {
            case Audience.Everyone everyone -> Decision.ALLOWED;
            case Audience.SignedIn signedIn -> actor instanceof Actor.Anonymous ? Decision.SIGN_IN_NEEDED : Decision.ALLOWED;
            case Audience.RoleHolders holders -> {
                if (actor instanceof Actor.Anonymous) {
                    yield Decision.SIGN_IN_NEEDED;
                }
                OrganizationCode scope = OrganizationCode.isValid(organization) ? OrganizationCode.of(organization) : null;
                StateCode forState = StateCode.isValid(state) ? StateCode.of(state) : null;
                boolean allowed = actor instanceof Actor.System || actor.grants().stream().anyMatch(grant -> holders.roles().contains(grant.role())
                        && (scope == null ? !exercise.test(grant.organization()) : grant.organization().equals(scope))
                        && (forState == null || !grant.role().actsForAState() || forState.equals(grant.state())));
                yield allowed ? Decision.ALLOWED : new Decision.Refused("this needs the role of "
                        + holders.roles().stream().map(Role::code).sorted().reduce((a, b) -> a + " or " + b).orElseThrow()
                        + (scope == null ? " in an organization that is not an exercise" : " in " + scope) + (forState == null ? "" : " for " + forState));
            }
        };
    }

    /** What a request that no row matches gets. */
    public static final Decision UNMATCHED = new Decision.Refused("no row of the access table allows this request");
}
