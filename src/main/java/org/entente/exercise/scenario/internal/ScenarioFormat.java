package org.entente.exercise.scenario.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entente.exercise.scenario.Expectation;
import org.entente.exercise.scenario.Inject;
import org.entente.exercise.scenario.InjectKind;
import org.entente.exercise.scenario.InjectPayload;
import org.entente.exercise.scenario.Scenario;
import org.entente.exercise.scenario.ScenarioFigure;
import org.entente.exercise.scenario.ScenarioSource;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.mission.ReportedFigure;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;
import tools.jackson.databind.JsonNode;

/**
 * The scenario format (docs/scenario-format.md, {@code scenario/entente-scenario.schema.json}) read into the domain: a document
 * the {@link ScenarioValidator} passed reads whole; a part of one that did not ({@link #inject}) throws where it is malformed.
 */
final class ScenarioFormat {

    static final String FORMAT = "entente-scenario";
    static final int VERSION = 1;

    private ScenarioFormat() {
    }

    static Scenario scenario(JsonNode document) {
        var sources = new ArrayList<ScenarioSource>();
        document.path("sources").forEach(source -> sources.add(new ScenarioSource(text(source, "id"), text(source, "title"), text(source, "url"),
                text(source, "excerpt"))));
        var injects = new ArrayList<Inject>();
        document.path("injects").forEach(inject -> injects.add(inject(inject)));
        return new Scenario(text(document, "name"), text(document, "title"), text(document, "summary"), OrganizationCode.of(text(document, "organization")),
                Instant.parse(text(document, "world")), document.path("speed").asInt(), text(document, "replayOf"), sources, injects);
    }

    /** One inject; throws (an {@link IllegalArgumentException} or a {@link RuntimeException} of parsing) where it is malformed. */
    static Inject inject(JsonNode inject) {
        JsonNode expects = inject.get("expects");
        Expectation expectation = expects == null ? null
                : new Expectation(Coded.fromCode(Expectation.Action.class, text(expects, "action")), Duration.parse(text(expects, "within")));
        List<String> sources = inject.path("sources").valueStream().map(JsonNode::asString).toList();
        return new Inject(text(inject, "id"), Duration.parse(text(inject, "at")), text(inject, "title"), text(inject, "text"), sources, expectation,
                payload(Coded.fromCode(InjectKind.class, text(inject, "kind")), inject.path("payload")));
    }

    private static InjectPayload payload(InjectKind kind, JsonNode payload) {
        return switch (kind) {
            case REQUEST_ARRIVES -> new InjectPayload.RequestArrives(StateCode.of(text(payload, "state")),
                    Coded.fromCode(ThreatCategory.class, text(payload, "threat")),
                    payload.path("clauses").valueStream().map(JsonNode::asString).toList(), text(payload, "summary"));
            case UNIT_DROPS_OUT -> new InjectPayload.UnitDropsOut(StateCode.of(text(payload, "state")),
                    Coded.fromCode(Capability.class, text(payload, "capability")), text(payload, "designation"), payload.path("persons").asInt());
            case SITREP -> new InjectPayload.Sitrep(text(payload, "request"), payload.path("figures").valueStream().map(ScenarioFormat::figure).toList());
            case SITE_FALLS -> new InjectPayload.SiteFalls(text(payload, "name"), StateCode.of(text(payload, "state")),
                    payload.has("lat") ? new GeoPoint(payload.path("lat").asDouble(), payload.path("lon").asDouble()) : null);
            case SOURCE_REVISES -> {
                JsonNode figure = payload.path("figure");
                yield new InjectPayload.SourceRevises(text(payload, "sitrep"), Coded.fromCode(ScenarioFigure.Kind.class, text(figure, "kind")),
                        population(figure), Instant.parse(text(figure, "asOf")), payload.path("value").asLong(), text(payload, "source"));
            }
            case MESSAGE -> new InjectPayload.Message();
            case MILESTONE -> new InjectPayload.Milestone(Coded.fromCode(InjectPayload.Milestone.Step.class, text(payload, "step")));
        };
    }

    private static ScenarioFigure figure(JsonNode figure) {
        return new ScenarioFigure(Coded.fromCode(ScenarioFigure.Kind.class, text(figure, "kind")), population(figure), figure.path("value").asLong(),
                Instant.parse(text(figure, "asOf")));
    }

    private static ReportedFigure.Population population(JsonNode figure) {
        String population = text(figure, "population");
        return population == null ? null : Coded.fromCode(ReportedFigure.Population.class, population);
    }

    /** A text member, or null where it is absent or not text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}
