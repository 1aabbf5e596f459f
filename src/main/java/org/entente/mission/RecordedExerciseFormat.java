package org.entente.mission;

import java.util.List;
import org.entente.command.Refusal;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;
import tools.jackson.databind.JsonNode;

/**
 * An exercise in the dataset format's JSON ({@code exercises[]}, docs/dataset-format.md): read into an {@link RecordedExercise}, each
 * error a {@link Refusal} naming the offending field by its path ({@code exercises[2].personnel.claims[1].value}). Its claims of
 * personnel and equipment are headcounts and strengths read as a mission's are ({@link MissionJson#headcount}), one preferred
 * where the document says which and why, otherwise by precedence ({@link Strength#byPrecedence}).
 */
public final class RecordedExerciseFormat {

    private RecordedExerciseFormat() {
    }

    /** The exercise {@code node} describes, or a refusal at {@code path} where it does not describe one. */
    public static RecordedExercise read(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw Refusal.invalid(path, "an exercise object");
        }
        String id = MissionJson.text(node, path, "id");
        String name = MissionJson.text(node, path, "name");
        JsonNode period = MissionJson.field(node, path, "period");
        PartialDate from = MissionJson.date(period, path + ".period", "from");
        PartialDate to = MissionJson.optionalDate(period, path + ".period", "to");
        String host = MissionJson.optionalText(node, path, "host");
        RecordedExercise.Participants participants = node.hasNonNull("participants") ? participants(node.get("participants"), path + ".participants") : null;
        Strength personnel = node.hasNonNull("personnel") ? strength(node.get("personnel"), path + ".personnel") : null;
        Strength equipment = node.hasNonNull("equipment") ? strength(node.get("equipment"), path + ".equipment") : null;
        List<String> sources = MissionJson.texts(node, path, "sources");
        if (to != null && to.lastDay().isBefore(from.date())) {
            throw Refusal.invalid(path + ".period.to", "the exercise ends (" + to + ") before it starts (" + from + ")");
        }
        RecordedExercise.Status status = node.hasNonNull("status") ? MissionJson.code(RecordedExercise.Status.class, node, path, "status") : RecordedExercise.Status.HELD;
        return MissionJson.read(path, () -> new RecordedExercise(id, name, MissionJson.optionalText(node, path, "nameOriginal"),
                MissionJson.optionalText(node, path, "series"), status, from, to, host == null ? null : MissionJson.state(node, path, "host"),
                MissionJson.optionalText(node, path, "area"), participants, personnel, equipment, MissionJson.optionalText(node, path, "notes"), sources));
    }

    private static RecordedExercise.Participants participants(JsonNode node, String path) {
        List<StateCode> states = MissionJson.list(node, path, "states", (item, at) -> MissionJson.read(at, () -> StateCode.of(item.asString())));
        return MissionJson.read(path + ".states", () -> new RecordedExercise.Participants(states, MissionJson.optionalText(node, path, "note"),
                MissionJson.texts(node, path, "sources")));
    }

    /** A strength of claims (personnel, or pieces of equipment): the preferred one by its index where given, else by precedence. */
    private static Strength strength(JsonNode node, String path) {
        List<Headcount> claims = MissionJson.list(node, path, "claims", MissionJson::headcount);
        if (claims.isEmpty()) {
            throw Refusal.invalid(path + ".claims", "at least one claim");
        }
        if (!node.hasNonNull("preferred")) {
            return Strength.byPrecedence(claims).orElseThrow();
        }
        long index = MissionJson.number(node, path, "preferred");
        if (index < 0 || index >= claims.size()) {
            throw Refusal.invalid(path + ".preferred", "the index of one of the " + claims.size() + " claims");
        }
        String reason = MissionJson.text(node, path, "reason");
        return MissionJson.read(path + ".claims", () -> new Strength(claims, claims.get((int) index), reason));
    }
}
