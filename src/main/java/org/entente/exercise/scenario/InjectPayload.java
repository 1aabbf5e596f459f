package org.entente.exercise.scenario;

import java.util.List;
import java.util.Objects;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.mission.ReportedFigure;
import org.entente.register.StateCode;
import org.entente.register.ThreatCategory;

/** What an inject carries, by its kind: each payload knows its {@link InjectKind}. */
public sealed interface InjectPayload {

    InjectKind kind();

    /** A member state asks for assistance: expects a request filed by that state's liaison. */
    record RequestArrives(StateCode state, ThreatCategory threat, List<String> clauses, String summary) implements InjectPayload {
        public RequestArrives {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(threat, "threat");
            clauses = List.copyOf(clauses);
            requireText(summary, "summary");
        }

        @Override
        public InjectKind kind() {
            return InjectKind.REQUEST_ARRIVES;
        }
    }

    /**
     * A pledged unit of a state becomes unavailable: of a capability, and where the scenario knows it the pledged unit's
     * designation (null otherwise); {@code persons} are the personnel lost to the force. Expects the package to be re-planned.
     */
    record UnitDropsOut(StateCode state, Capability capability, String designation, int persons) implements InjectPayload {
        public UnitDropsOut {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(capability, "capability");
            if (persons < 1) {
                throw new IllegalArgumentException("a unit that drops out takes at least one person with it, not " + persons);
            }
        }

        @Override
        public InjectKind kind() {
            return InjectKind.UNIT_DROPS_OUT;
        }
    }

    /** A report from the area of the request an earlier {@code request_arrives} inject (its id) brought, with its figures. */
    record Sitrep(String request, List<ScenarioFigure> figures) implements InjectPayload {
        public Sitrep {
            requireText(request, "request");
            figures = List.copyOf(figures);
        }

        @Override
        public InjectKind kind() {
            return InjectKind.SITREP;
        }
    }

    /** A site (named, in a state, at a point where the scenario gives one, null otherwise) falls or is seized. */
    record SiteFalls(String name, StateCode state, GeoPoint point) implements InjectPayload {
        public SiteFalls {
            requireText(name, "name");
            Objects.requireNonNull(state, "state");
        }

        @Override
        public InjectKind kind() {
            return InjectKind.SITE_FALLS;
        }
    }

    /**
     * A source revises a figure an earlier sitrep inject ({@code sitrep}, its id) gave, named by its kind, population and
     * instant: the new value, on the authority of {@code source} (a source id of the scenario).
     */
    record SourceRevises(String sitrep, ScenarioFigure.Kind figure, ReportedFigure.Population population, java.time.Instant asOf, long value,
                         String source) implements InjectPayload {
        public SourceRevises {
            requireText(sitrep, "sitrep");
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(asOf, "asOf");
            requireText(source, "source");
            if (value < 0) {
                throw new IllegalArgumentException("a figure is a count, never negative, not " + value);
            }
        }

        @Override
        public InjectKind kind() {
            return InjectKind.SOURCE_REVISES;
        }
    }

    /** Plain information for the participants, expecting nothing. */
    record Message() implements InjectPayload {
        @Override
        public InjectKind kind() {
            return InjectKind.MESSAGE;
        }
    }

    /** A step of the crisis cycle as history (or the plan) took it, delivered to nobody: the after-action report's yardstick. */
    record Milestone(Step step) implements InjectPayload {

        /** The steps the after-action report times. */
        public enum Step implements org.entente.register.Coded {
            DECISION, PACKAGE, FIRST_ARRIVAL, FULL_STRENGTH, WITHDRAWAL_START, WITHDRAWAL_END
        }

        public Milestone {
            Objects.requireNonNull(step, "step");
        }

        @Override
        public InjectKind kind() {
            return InjectKind.MILESTONE;
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + field + " is required and not blank");
        }
    }
}
