package org.entente.forcegeneration.internal.planner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
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

    /**
     * Reading needs only the token parser: a mapper (for writing, and for the small solution files) costs about 300 ms of
     * class loading in a cold JVM, a third of an L instance's time to first plan, so it is built on first use ({@link Mapper}).
     */
    private static final JsonFactory TOKENS = new JsonFactory();

    /** The mapper, built the first time a plan or a problem is written or a plan read. */
    private static final class Mapper {
        private static final JsonMapper JSON = JsonMapper.builder().build();
    }

    private ProblemFiles() {
    }

    public static ForceProblem read(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return read(in);
        }
    }

    /**
     * Reads an instance, gzipped or not (the gzip magic bytes tell). It reads the JSON as a stream of tokens, each unit straight
     * into its record, not through a tree of the whole document: an L instance's 50,000 units are read in a fraction of the time.
     */
    public static ForceProblem read(InputStream raw) throws IOException {
        var in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        InputStream plain = first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
        try (JsonParser json = TOKENS.createParser(ObjectReadContext.empty(), plain)) {
            return instance(json);
        }
    }

    /*
     * The parser reads the document as the tree reader did: a property that is missing reads as 0, false or "", and a value of
     * another kind than expected (an object where an array was) is skipped whole. Each reader starts at its value's first token
     * and returns at its last.
     */

    private static ForceProblem instance(JsonParser json) throws IOException {
        String format = "";
        String name = "";
        Map<String, Double> theatre = Map.of();
        var transport = new EnumMap<Transport, TransportProfile>(Transport.class);
        Map<String, Double> weights = Map.of();
        List<Contributor> states = new ArrayList<>();
        List<ForceUnit> units = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        json.nextToken();
        if (object(json)) {
            while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = json.currentName();
                json.nextToken();
                switch (property) {
                    case "format" -> {
                        format = json.getValueAsString("");
                        if (!FORMAT.equals(format)) {
                            throw new IOException("not an instance of " + FORMAT + " (format: " + format + ")");
                        }
                    }
                    case "name" -> name = json.getValueAsString("");
                    case "theatre" -> theatre = numbers(json);
                    case "transport" -> {
                        if (object(json)) {
                            while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                                Transport mode = Transport.valueOf(json.currentName());
                                json.nextToken();
                                Map<String, Double> profile = numbers(json);
                                transport.put(mode, new TransportProfile(number(profile, "speedKmh"), number(profile, "overheadHours")));
                            }
                        }
                    }
                    case "weights" -> weights = numbers(json);
                    case "states" -> {
                        if (array(json)) {
                            while (json.nextToken() != JsonToken.END_ARRAY) {
                                Map<String, Object> s = scalars(json);
                                states.add(new Contributor(text(s, "id"), number(s, "burdenShare"), whole(s, "targetPersonnel"),
                                        whole(s, "nationalCapPersonnel"), flag(s, "noCombat"), new GeoPoint(number(s, "lat"), number(s, "lon"))));
                            }
                        }
                    }
                    case "units" -> {
                        if (array(json)) {
                            while (json.nextToken() != JsonToken.END_ARRAY) {
                                units.add(unit(json));
                            }
                        }
                    }
                    case "requirements" -> {
                        if (array(json)) {
                            while (json.nextToken() != JsonToken.END_ARRAY) {
                                Map<String, Object> r = scalars(json);
                                requirements.add(new Requirement(text(r, "id"), Capability.valueOf(text(r, "capability")), flag(r, "combat"),
                                        whole(r, "latestArrivalHours"), whole(r, "personnel"), whole(r, "minUnits")));
                            }
                        }
                    }
                    default -> json.skipChildren();
                }
            }
        }
        if (!FORMAT.equals(format)) {
            throw new IOException("not an instance of " + FORMAT + " (format: " + format + ")");
        }
        return new ForceProblem(name, new GeoPoint(number(theatre, "lat"), number(theatre, "lon")), transport,
                new Weights(number(weights, "shortfallPersonnel"), number(weights, "shortfallUnits"), number(weights, "maxArrivalHours"),
                        number(weights, "overcommitPersonnel"), number(weights, "burdenDeviationPersonnel")),
                states, units, requirements);
    }

    /** A unit, read straight into its record: there are 50,000 of them in an L instance. */
    private static ForceUnit unit(JsonParser json) {
        String id = "";
        String state = "";
        String capability = "";
        String transport = "";
        int personnel = 0;
        int notice = 0;
        int arrival = 0;
        double lat = 0;
        double lon = 0;
        double distance = 0;
        boolean noCombat = false;
        if (object(json)) {
            while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = json.currentName();
                json.nextToken();
                switch (property) {
                    case "id" -> id = json.getValueAsString("");
                    case "state" -> state = json.getValueAsString("");
                    case "capability" -> capability = json.getValueAsString("");
                    case "personnel" -> personnel = json.getValueAsInt();
                    case "noticeToMoveHours" -> notice = json.getValueAsInt();
                    case "baseLat" -> lat = json.getValueAsDouble();
                    case "baseLon" -> lon = json.getValueAsDouble();
                    case "transport" -> transport = json.getValueAsString("");
                    case "distanceKm" -> distance = json.getValueAsDouble();
                    case "arrivalHours" -> arrival = json.getValueAsInt();
                    case "noCombat" -> noCombat = json.getValueAsBoolean();
                    default -> json.skipChildren();
                }
            }
        }
        return new ForceUnit(id, state, Capability.valueOf(capability), personnel, notice, new GeoPoint(lat, lon), Transport.valueOf(transport),
                distance, arrival, noCombat);
    }

    /** Whether the value the parser is at is an object; if not, it is skipped. */
    private static boolean object(JsonParser json) {
        if (json.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        json.skipChildren();
        return false;
    }

    /** Whether the value the parser is at is an array; if not, it is skipped. */
    private static boolean array(JsonParser json) {
        if (json.currentToken() == JsonToken.START_ARRAY) {
            return true;
        }
        json.skipChildren();
        return false;
    }

    /** The scalar properties of the object the parser is at, by name (numbers as doubles, booleans, the rest as text). */
    private static Map<String, Object> scalars(JsonParser json) {
        Map<String, Object> scalars = new HashMap<>();
        if (object(json)) {
            while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = json.currentName();
                JsonToken token = json.nextToken();
                if (token.isNumeric()) {
                    scalars.put(property, json.getValueAsDouble());
                } else if (token.isBoolean()) {
                    scalars.put(property, json.getValueAsBoolean());
                } else if (token.isScalarValue()) {
                    scalars.put(property, json.getValueAsString(""));
                } else {
                    json.skipChildren();
                }
            }
        }
        return scalars;
    }

    private static Map<String, Double> numbers(JsonParser json) {
        Map<String, Double> numbers = new HashMap<>();
        scalars(json).forEach((property, value) -> numbers.put(property, value instanceof Number n ? n.doubleValue() : 0.0));
        return numbers;
    }

    private static double number(Map<String, ?> scalars, String property) {
        return scalars.get(property) instanceof Number n ? n.doubleValue() : 0;
    }

    private static int whole(Map<String, ?> scalars, String property) {
        return (int) number(scalars, property);
    }

    private static boolean flag(Map<String, ?> scalars, String property) {
        return Boolean.TRUE.equals(scalars.get(property));
    }

    private static String text(Map<String, ?> scalars, String property) {
        Object value = scalars.get(property);
        return value == null ? "" : value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(value);
    }

    /** Writes {@code problem} in the instance format, which {@link #read(InputStream)} reads back as the same problem. */
    public static void writeProblem(ForceProblem problem, OutputStream out) throws IOException {
        ObjectNode root = Mapper.JSON.createObjectNode().put("format", FORMAT).put("name", problem.name());
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
        Mapper.JSON.writeValue(out, root);
    }

    /** Writes {@code plan} in the solution format: {@code {"instance": NAME, "assignments": [{"unit", "requirement"}, ...]}}. */
    public static void write(ForceProblem problem, ForcePlan plan, OutputStream out) throws IOException {
        ObjectNode solution = Mapper.JSON.createObjectNode().put("instance", problem.name());
        ArrayNode assignments = solution.putArray("assignments");
        plan.assignments(problem).forEach(a -> assignments.addObject().put("unit", a.unit()).put("requirement", a.requirement()));
        Mapper.JSON.writeValue(out, solution);
    }

    /** Reads a plan in the solution format for {@code problem}. */
    public static ForcePlan readPlan(ForceProblem problem, InputStream in) throws IOException {
        JsonNode root = Mapper.JSON.readTree(in);
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
