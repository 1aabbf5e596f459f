package org.entente.forcegeneration.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
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
        if (!(Math.abs(body.theatreLat()) <= 90)) {
            throw Refusal.outOfBounds("theatreLat", "a latitude is from -90 to 90 degrees, not " + body.theatreLat());
        }
        if (!(Math.abs(body.theatreLon()) <= 180)) {
            throw Refusal.outOfBounds("theatreLon", "a longitude is from -180 to 180 degrees, not " + body.theatreLon());
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

    /** The pages' statement: one requirement per line, {@code ID CAPABILITY PERSONNEL MIN-UNITS LATEST-ARRIVAL-HOURS [combat]}. */
    static StatementOfRequirements statement(Double theatreLat, Double theatreLon, String text) {
        return statement(new Requirements(theatreLat, theatreLon, lines(text)));
    }

    static List<Line> lines(String text) {
        var lines = new ArrayList<Line>();
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
                lines.add(new Line(parts[0], parts[1].toLowerCase(Locale.ROOT), parts.length == 6,
                        Integer.valueOf(parts[4]), Integer.valueOf(parts[2]), Integer.valueOf(parts[3])));
            } catch (IllegalArgumentException bad) {
                throw Refusal.invalid("lines", "line " + number + " is not 'ID CAPABILITY PERSONNEL MIN-UNITS LATEST-ARRIVAL-HOURS [combat]': " + line);
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
