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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A scenario as its document: what {@link #scenario} reads back into the same scenario (a replay is written so, then imported). */
    static ObjectNode document(Scenario scenario) {
        ObjectNode document = NODES.objectNode().put("format", FORMAT).put("version", VERSION).put("name", scenario.name())
                .put("title", scenario.title()).put("summary", scenario.summary()).put("organization", scenario.organization().value())
                .put("world", scenario.world().toString()).put("speed", scenario.speed());
        if (scenario.replayOf() != null) {
            document.put("replayOf", scenario.replayOf());
        }
        if (!scenario.sources().isEmpty()) {
            ArrayNode sources = document.putArray("sources");
            for (ScenarioSource source : scenario.sources()) {
                ObjectNode node = sources.addObject().put("id", source.id()).put("title", source.title());
                putIfPresent(node, "url", source.url());
                putIfPresent(node, "excerpt", source.excerpt());
            }
        }
        ArrayNode injects = document.putArray("injects");
        for (Inject inject : scenario.injects()) {
            ObjectNode node = injects.addObject().put("id", inject.id()).put("at", inject.at().toString()).put("kind", inject.kind().code())
                    .put("title", inject.title()).put("text", inject.text());
            if (!inject.sources().isEmpty()) {
                ArrayNode sources = node.putArray("sources");
                inject.sources().forEach(sources::add);
            }
            if (inject.expects() != null) {
                node.putObject("expects").put("action", inject.expects().action().code()).put("within", inject.expects().within().toString());
            }
            payload(node, inject.payload());
        }
        return document;
    }

    private static void payload(ObjectNode inject, InjectPayload payload) {
        switch (payload) {
            case InjectPayload.RequestArrives request -> {
                ObjectNode node = inject.putObject("payload").put("state", request.state().value()).put("threat", request.threat().code());
                if (!request.clauses().isEmpty()) {
                    ArrayNode clauses = node.putArray("clauses");
                    request.clauses().forEach(clauses::add);
                }
                node.put("summary", request.summary());
            }
            case InjectPayload.UnitDropsOut drop -> {
                ObjectNode node = inject.putObject("payload").put("state", drop.state().value()).put("capability", drop.capability().code());
                putIfPresent(node, "designation", drop.designation());
                node.put("persons", drop.persons());
            }
            case InjectPayload.Sitrep sitrep -> {
                ObjectNode node = inject.putObject("payload").put("request", sitrep.request());
                ArrayNode figures = node.putArray("figures");
                sitrep.figures().forEach(figure -> {
                    ObjectNode item = figures.addObject().put("kind", figure.kind().code());
                    if (figure.population() != null) {
                        item.put("population", figure.population().code());
                    }
                    item.put("value", figure.value()).put("asOf", figure.asOf().toString());
                });
            }
            case InjectPayload.SiteFalls site -> {
                ObjectNode node = inject.putObject("payload").put("name", site.name()).put("state", site.state().value());
                if (site.point() != null) {
                    node.put("lat", site.point().lat()).put("lon", site.point().lon());
                }
            }
            case InjectPayload.SourceRevises revision -> {
                ObjectNode node = inject.putObject("payload").put("sitrep", revision.sitrep());
                ObjectNode figure = node.putObject("figure").put("kind", revision.figure().code());
                if (revision.population() != null) {
                    figure.put("population", revision.population().code());
                }
                figure.put("asOf", revision.asOf().toString());
                node.put("value", revision.value()).put("source", revision.source());
            }
            case InjectPayload.Message message -> {
            }
            case InjectPayload.Milestone milestone -> inject.putObject("payload").put("step", milestone.step().code());
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** A text member, or null where it is absent or not text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}
