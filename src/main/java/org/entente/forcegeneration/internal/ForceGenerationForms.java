package org.entente.forcegeneration.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.command.Refusal;
import org.entente.forces.Capability;
import org.entente.register.Coded;
import org.entente.forces.GeoPoint;
import org.entente.forcegeneration.Requirement;
import org.entente.forcegeneration.StatementOfRequirements;

/**
 * What the API and the pages submit to force generation, checked once: a missing or malformed field is
 * a refusal naming it (400), a figure outside its bounds ({@link GeoPoint}'s degrees, {@link Requirement}'s
 * hours, personnel and units, a planner's budget) a refusal naming it (422).
 */
final class ForceGenerationForms {

    /** A field of the API's statement about one of its lines: {@code lines[1]}, {@code lines[1].personnel}. */
    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)](?:\\.(.+))?$");

    /** The budget a planner runs for when none is given. */
    static final double DEFAULT_BUDGET_SECONDS = 10;

    private ForceGenerationForms() {
    }

    /** One requirement as submitted; every field by its name in the API, boxed so that a missing one can be named. */
    record Line(String id, String capability, Boolean combat, Integer latestArrivalHours, Integer personnel, Integer minUnits) {
    }

    /** A statement of requirements as submitted. */
    record Requirements(Double theatreLat, Double theatreLon, List<Line> lines) {

        /** A statement as the API shows it. */
        static Requirements of(StatementOfRequirements sor) {
            return new Requirements(sor.theatre().lat(), sor.theatre().lon(), sor.requirements().stream().map(r -> new Line(r.id(),
                    r.capability().code(), r.combat(), r.latestArrivalHours(), r.personnel(), r.minUnits())).toList());
        }
    }

    /** The statement as submitted, or a refusal naming the first field that is missing, malformed or out of bounds. */
    static StatementOfRequirements statement(Requirements body) {
        if (body == null || body.theatreLat() == null || body.theatreLon() == null) {
            throw Refusal.invalid("theatreLat", "give the theatre's latitude and longitude");
        }
        if (body.lines() == null || body.lines().isEmpty()) {
            throw Refusal.invalid("lines", "give at least one requirement");
        }
        if (!(Math.abs(body.theatreLat()) <= GeoPoint.MAX_LATITUDE)) {
            throw Refusal.outOfBounds("theatreLat", "a latitude is from -" + GeoPoint.MAX_LATITUDE + " to " + GeoPoint.MAX_LATITUDE
                    + " degrees, not " + body.theatreLat());
        }
        if (!(Math.abs(body.theatreLon()) <= GeoPoint.MAX_LONGITUDE)) {
            throw Refusal.outOfBounds("theatreLon", "a longitude is from -" + GeoPoint.MAX_LONGITUDE + " to " + GeoPoint.MAX_LONGITUDE
                    + " degrees, not " + body.theatreLon());
        }
        for (int i = 0; i < body.lines().size(); i++) {
            Line line = body.lines().get(i);
            if (line == null) {
                throw Refusal.invalid("lines[" + i + "]", "a requirement, not nothing");
            }
            within("lines[" + i + "].latestArrivalHours", line.latestArrivalHours(), 1, Requirement.MAX_LATEST_ARRIVAL_HOURS);
            within("lines[" + i + "].personnel", line.personnel(), 0, Requirement.MAX_PERSONNEL);
            within("lines[" + i + "].minUnits", line.minUnits(), 0, Requirement.MAX_UNITS);
        }
        try {
            GeoPoint theatre = new GeoPoint(body.theatreLat(), body.theatreLon());
            List<Requirement> lines = body.lines().stream().map(line -> new Requirement(line.id(), Coded.fromCode(Capability.class, line.capability()),
                    Boolean.TRUE.equals(line.combat()), line.latestArrivalHours(), line.personnel(), line.minUnits())).toList();
            return new StatementOfRequirements(theatre, lines);
        } catch (IllegalArgumentException | NullPointerException bad) {
            throw Refusal.invalid("lines", "each line has an id, a capability (" + Arrays.stream(Capability.values()).map(Coded::code).toList()
                    + "), latestArrivalHours, personnel and minUnits: " + bad.getMessage());
        }
    }

    /** A figure given ({@code null} is left to the line's check, which names what is missing) within its bounds, or a refusal naming it. */
    private static void within(String field, Integer value, int least, int most) {
        if (value != null && (value < least || value > most)) {
            throw Refusal.outOfBounds(field, "from " + least + " to " + most + ", not " + value);
        }
    }

    /** A planner's budget in seconds as submitted ({@link #DEFAULT_BUDGET_SECONDS} when none is given); its bounds are the runner's. */
    static Duration budget(Double seconds) {
        return Duration.ofMillis((long) ((seconds == null ? DEFAULT_BUDGET_SECONDS : seconds) * 1000));
    }

    /** The units named as dropped out of the package, each a unit's id, under {@code field}; {@code none} says what to do when none is. */
    static Set<String> dropped(String field, List<String> units, String none) {
        if (units == null || units.isEmpty()) {
            throw Refusal.invalid(field, none);
        }
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i) == null || units.get(i).isBlank()) {
                throw Refusal.invalid(field + "[" + i + "]", "name a unit of the package (its id), not nothing");
            }
        }
        return Set.copyOf(units);
    }

    /** The bounds the pages' statement is held to (the theatre's degrees, each line's figures), as the form states them before they bite. */
    record Limits(int latitude, int longitude, int personnel, int units, int latestArrivalHours) {
    }

    static final Limits LIMITS = new Limits(GeoPoint.MAX_LATITUDE, GeoPoint.MAX_LONGITUDE, Requirement.MAX_PERSONNEL, Requirement.MAX_UNITS,
            Requirement.MAX_LATEST_ARRIVAL_HOURS);

    /** The pages' statement as typed, every field text, so that a refused form comes back as it was filled in. */
    record RequirementsText(String theatreLat, String theatreLon, String lines) {

        /** The statement as it stands, or a blank form where there is none. */
        static RequirementsText of(StatementOfRequirements requirements) {
            return requirements == null ? new RequirementsText("", "", "")
                    : new RequirementsText(String.valueOf(requirements.theatre().lat()), String.valueOf(requirements.theatre().lon()), text(requirements));
        }

        StatementOfRequirements statement() {
            return ForceGenerationForms.statement(theatreLat, theatreLon, lines);
        }
    }

    /** One line of the pages' statement as typed: its number in the text (blank lines counted), its text, and what it says. */
    record Typed(int number, String text, Line line) {
    }

    /**
     * The pages' statement: the theatre's degrees as typed, and one requirement per line,
     * {@code ID CAPABILITY PERSONNEL MIN-UNITS LATEST-ARRIVAL-HOURS [combat]}. A refusal of a line names the {@code lines}
     * field and the line by its number in the text and as typed, so that the form can show it beside the text.
     */
    static StatementOfRequirements statement(String theatreLat, String theatreLon, String text) {
        Double lat = degrees("theatreLat", theatreLat);
        Double lon = degrees("theatreLon", theatreLon);
        List<Typed> typed = lines(text);
        try {
            return statement(new Requirements(lat, lon, typed.stream().map(Typed::line).toList()));
        } catch (Refusal refused) {
            throw ofLines(refused, typed);
        }
    }

    /** {@code refused}, its reasons about the API's {@code lines[i]} told of the typed line they are about. */
    private static Refusal ofLines(Refusal refused, List<Typed> typed) {
        boolean any = false;
        var errors = new ArrayList<Refusal.FieldError>();
        for (Refusal.FieldError error : refused.errors()) {
            var matcher = LINE_FIELD.matcher(error.field());
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) < typed.size()) {
                Typed line = typed.get(Integer.parseInt(matcher.group(1)));
                errors.add(new Refusal.FieldError("lines", "line " + line.number() + " (" + line.text() + "): "
                        + (matcher.group(2) == null ? "" : matcher.group(2) + " ") + error.message()));
                any = true;
            } else {
                errors.add(error);
            }
        }
        return any ? Refusal.of(refused.reason(), refused.title(), errors.getFirst().message(), errors) : refused;
    }

    private static Double degrees(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, "'" + text + "' is not a number of degrees");
        }
    }

    static List<Typed> lines(String text) {
        var lines = new ArrayList<Typed>();
        if (text == null) {
            return lines;
        }
        int number = 0;
        for (String raw : text.split("\\R")) {
            number++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            try {
                if (parts.length < 5 || parts.length > 6 || parts.length == 6 && !parts[5].equalsIgnoreCase("combat")) {
                    throw new IllegalArgumentException("five or six words");
                }
                Coded.fromCode(Capability.class, parts[1].toLowerCase(Locale.ROOT));
                lines.add(new Typed(number, line, new Line(parts[0], parts[1].toLowerCase(Locale.ROOT), parts.length == 6,
                        Integer.valueOf(parts[4]), Integer.valueOf(parts[2]), Integer.valueOf(parts[3]))));
            } catch (IllegalArgumentException bad) {
                throw Refusal.invalid("lines", "line " + number + " (" + line + ") is not 'ID CAPABILITY PERSONNEL MIN-UNITS LATEST-ARRIVAL-HOURS [combat]'"
                        + " with a capability of " + Arrays.stream(Capability.values()).map(Capability::name).toList() + " and whole numbers");
            }
        }
        return lines;
    }

    /** A statement as the pages' text shows it, one requirement per line. */
    static String text(StatementOfRequirements requirements) {
        var text = new StringBuilder();
        requirements.requirements().forEach(r -> text.append(r.id()).append(' ').append(r.capability()).append(' ').append(r.personnel()).append(' ')
                .append(r.minUnits()).append(' ').append(r.latestArrivalHours()).append(r.combat() ? " combat" : "").append('\n'));
        return text.toString();
    }
}
