package org.entente.forcegeneration.internal.planner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.entente.forcegeneration.Contributor;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.ForceUnit;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.TransportProfile;
import org.entente.forcegeneration.Weights;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.Transport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads problems in the benchmark's instance format ({@code entente-forcegen-instance/1}), plain or
 * gzipped, and writes plans in its solution format.
 */
public final class ProblemFiles {

    public static final String FORMAT = "entente-forcegen-instance/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemFiles() {
    }

    public static ForceProblem read(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return read(in);
        }
    }

    /** Reads an instance, gzipped or not (the gzip magic bytes tell). */
    public static ForceProblem read(InputStream raw) throws IOException {
        var in = new BufferedInputStream(raw);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        InputStream plain = first == 0x1f && second == 0x8b ? new GZIPInputStream(in) : in;
        JsonNode root = JSON.readTree(plain);
        if (!FORMAT.equals(root.path("format").asString(""))) {
            throw new IOException("not an instance of " + FORMAT + " (format: " + root.path("format") + ")");
        }
        var transport = new EnumMap<Transport, TransportProfile>(Transport.class);
        for (Map.Entry<String, JsonNode> mode : root.path("transport").properties()) {
            transport.put(Transport.valueOf(mode.getKey()), new TransportProfile(mode.getValue().path("speedKmh").asDouble(),
                    mode.getValue().path("overheadHours").asDouble()));
        }
        JsonNode w = root.path("weights");
        var weights = new Weights(w.path("shortfallPersonnel").asDouble(), w.path("shortfallUnits").asDouble(), w.path("maxArrivalHours").asDouble(),
                w.path("overcommitPersonnel").asDouble(), w.path("burdenDeviationPersonnel").asDouble());
        List<Contributor> states = new ArrayList<>();
        for (JsonNode s : root.path("states")) {
            states.add(new Contributor(s.path("id").asString(), s.path("burdenShare").asDouble(), s.path("targetPersonnel").asInt(),
                    s.path("nationalCapPersonnel").asInt(), s.path("noCombat").asBoolean(), new GeoPoint(s.path("lat").asDouble(), s.path("lon").asDouble())));
        }
        List<ForceUnit> units = new ArrayList<>();
        for (JsonNode u : root.path("units")) {
            units.add(new ForceUnit(u.path("id").asString(), u.path("state").asString(), Capability.valueOf(u.path("capability").asString()),
                    u.path("personnel").asInt(), u.path("noticeToMoveHours").asInt(), new GeoPoint(u.path("baseLat").asDouble(), u.path("baseLon").asDouble()),
                    Transport.valueOf(u.path("transport").asString()), u.path("distanceKm").asDouble(), u.path("arrivalHours").asInt(),
                    u.path("noCombat").asBoolean()));
        }
        List<Requirement> requirements = new ArrayList<>();
        for (JsonNode r : root.path("requirements")) {
            requirements.add(new Requirement(r.path("id").asString(), Capability.valueOf(r.path("capability").asString()), r.path("combat").asBoolean(),
                    r.path("latestArrivalHours").asInt(), r.path("personnel").asInt(), r.path("minUnits").asInt()));
        }
        JsonNode theatre = root.path("theatre");
        return new ForceProblem(root.path("name").asString(), new GeoPoint(theatre.path("lat").asDouble(), theatre.path("lon").asDouble()),
                transport, weights, states, units, requirements);
    }

    /** Writes {@code problem} in the instance format, which {@link #read(InputStream)} reads back as the same problem. */
    public static void writeProblem(ForceProblem problem, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("name", problem.name());
        root.putObject("theatre").put("lat", problem.theatre().lat()).put("lon", problem.theatre().lon());
        ObjectNode transport = root.putObject("transport");
        problem.transport().forEach((mode, profile) -> transport.putObject(mode.name()).put("speedKmh", profile.speedKmh())
                .put("overheadHours", profile.overheadHours()));
        Weights w = problem.weights();
        root.putObject("weights").put("shortfallPersonnel", w.shortfallPersonnel()).put("shortfallUnits", w.shortfallUnits())
                .put("maxArrivalHours", w.maxArrivalHours()).put("overcommitPersonnel", w.overcommitPersonnel())
                .put("burdenDeviationPersonnel", w.burdenDeviationPersonnel());
        ArrayNode states = root.putArray("states");
        problem.states().forEach(s -> states.addObject().put("id", s.id()).put("burdenShare", s.burdenShare()).put("targetPersonnel", s.targetPersonnel())
                .put("nationalCapPersonnel", s.nationalCapPersonnel()).put("noCombat", s.noCombat()).put("lat", s.capital().lat())
                .put("lon", s.capital().lon()));
        ArrayNode units = root.putArray("units");
        problem.units().forEach(u -> units.addObject().put("id", u.id()).put("state", u.state()).put("capability", u.capability().name())
                .put("personnel", u.personnel()).put("noticeToMoveHours", u.noticeToMoveHours()).put("baseLat", u.base().lat())
                .put("baseLon", u.base().lon()).put("transport", u.transport().name()).put("distanceKm", u.distanceKm())
                .put("arrivalHours", u.arrivalHours()).put("noCombat", u.noCombat()));
        ArrayNode requirements = root.putArray("requirements");
        problem.requirements().forEach(r -> requirements.addObject().put("id", r.id()).put("capability", r.capability().name())
                .put("combat", r.combat()).put("latestArrivalHours", r.latestArrivalHours()).put("personnel", r.personnel())
                .put("minUnits", r.minUnits()));
        JSON.writeValue(out, root);
    }

    /** Writes {@code plan} in the solution format: {@code {"instance": NAME, "assignments": [{"unit", "requirement"}, ...]}}. */
    public static void write(ForceProblem problem, ForcePlan plan, OutputStream out) throws IOException {
        ObjectNode solution = JSON.createObjectNode().put("instance", problem.name());
        ArrayNode assignments = solution.putArray("assignments");
        plan.assignments(problem).forEach(a -> assignments.addObject().put("unit", a.unit()).put("requirement", a.requirement()));
        JSON.writeValue(out, solution);
    }

    /** Reads a plan in the solution format for {@code problem}. */
    public static ForcePlan readPlan(ForceProblem problem, InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<ForcePlan.Assignment> assignments = new ArrayList<>();
        for (JsonNode a : root.path("assignments")) {
            assignments.add(new ForcePlan.Assignment(a.path("unit").asString(), a.path("requirement").asString()));
        }
        return ForcePlan.of(problem, assignments);
    }

    private static InputStream open(Path file) throws IOException {
        return Files.newInputStream(file);
    }
}
