package org.entente.map;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A base map: land (whose outline is the coastline) and the borders between countries, drawn for a
 * {@link Projection} as SVG path data. The one shipped with the application, {@link #naturalEarth()}, is Natural
 * Earth's 1:110m countries from world-atlas 2.0.2 (src/main/resources/map/README.md), read from the classpath once.
 *
 * <p>Drawing projects each arc once and simplifies it to {@value #TOLERANCE} units (Douglas-Peucker, the arc's ends
 * kept), so that a coastline and the borders meeting it share their points; it then leaves out what lies outside the
 * plot: polygons are clipped to the plot and a few units beyond (Sutherland-Hodgman), borders keep the segments that
 * reach into it. The page clips the drawing to its plot. Land is to be filled with the even-odd rule (the Caspian Sea
 * is a hole in it).
 */
public final class BaseMap {

    /** How far, in SVG units, a simplified line strays from the data at most: half a unit, finer than a thin stroke shows. */
    static final double TOLERANCE = 0.5;

    /** How far beyond the plot the drawing reaches, in units, so that the page's clipping hides the clipped edges' strokes. */
    static final double BLEED = 4;

    private static final Pattern ISO_NUMERIC = Pattern.compile("[0-9]{3}");

    private final List<double[]> arcs;
    private final List<int[]> land;
    private final int[] borders;
    private final Map<String, List<int[]>> countries;

    /** A base map's layers for one projection, as SVG path data: the land (fill even-odd; its stroke is the coastline) and the borders. */
    public record Outlines(String land, String borders) {

        public Outlines {
            Objects.requireNonNull(land, "land");
            Objects.requireNonNull(borders, "borders");
        }
    }

    private BaseMap(Topology topology) {
        List<Topology.Shape> countryShapes = topology.objects().get("countries");
        List<Topology.Shape> landShapes = topology.objects().get("land");
        if (countryShapes == null || landShapes == null) {
            throw new IllegalArgumentException("a base map's topology has the objects 'countries' and 'land', not " + topology.objects().keySet());
        }
        this.arcs = topology.arcs();
        this.land = landShapes.stream().flatMap(shape -> shape.rings().stream()).toList();
        Map<Integer, Set<Topology.Shape>> users = new HashMap<>();
        Map<String, List<int[]>> byId = new HashMap<>();
        for (Topology.Shape country : countryShapes) {
            for (int[] ring : country.rings()) {
                for (int reference : ring) {
                    users.computeIfAbsent(reference < 0 ? ~reference : reference, arc -> new HashSet<>()).add(country);
                }
            }
            if (country.id() != null) {
                byId.merge(country.id(), country.rings(), (one, other) -> Stream.concat(one.stream(), other.stream()).toList());
            }
        }
        this.borders = users.entrySet().stream().filter(entry -> entry.getValue().size() > 1).mapToInt(Map.Entry::getKey).sorted().toArray();
        this.countries = Map.copyOf(byId);
    }

    /** Natural Earth's 1:110m countries and land (world-atlas 2.0.2), read on first use. */
    public static BaseMap naturalEarth() {
        return NaturalEarth.MAP;
    }

    /** The base map of a TopoJSON topology with the objects {@code countries} (ids: ISO 3166-1 numeric codes) and {@code land}. */
    static BaseMap read(InputStream topoJson) {
        return new BaseMap(Topology.read(topoJson));
    }

    /** The land and the borders within the projection's extent. */
    public Outlines draw(Projection projection) {
        Pen pen = new Pen(projection);
        StringBuilder landPath = new StringBuilder();
        land.forEach(ring -> pen.ring(ring, landPath));
        StringBuilder borderPath = new StringBuilder();
        for (int arc : borders) {
            pen.line(arc, borderPath);
        }
        return new Outlines(landPath.toString(), borderPath.toString());
    }

    /**
     * The outline of the country with the ISO 3166-1 numeric code {@code isoNumeric} (such as {@code 398}, Kazakhstan) within
     * the projection's extent, as SVG path data to fill even-odd; empty when the data has no such country or it lies outside.
     */
    public String country(String isoNumeric, Projection projection) {
        if (isoNumeric == null || !ISO_NUMERIC.matcher(isoNumeric).matches()) {
            throw new IllegalArgumentException("an ISO 3166-1 numeric code is three digits, not '" + isoNumeric + "'");
        }
        Pen pen = new Pen(projection);
        StringBuilder path = new StringBuilder();
        countries.getOrDefault(isoNumeric, List.of()).forEach(ring -> pen.ring(ring, path));
        return path.toString();
    }

    private static final class NaturalEarth {

        private static final String RESOURCE = "/map/countries-110m.json";

        static final BaseMap MAP = load();

        private static BaseMap load() {
            InputStream json = BaseMap.class.getResourceAsStream(RESOURCE);
            if (json == null) {
                throw new IllegalStateException("the base map data " + RESOURCE + " is not on the classpath");
            }
            return read(json);
        }
    }

    /** One drawing: the arcs projected and simplified once each, the plot's window (with its bleed), and the path data written. */
    private final class Pen {

        private final Projection projection;
        private final double[][] projected = new double[arcs.size()][];
        private final double left;
        private final double top;
        private final double right;
        private final double bottom;

        Pen(Projection projection) {
            this.projection = Objects.requireNonNull(projection, "projection");
            this.left = projection.margin() - BLEED;
            this.top = projection.margin() - BLEED;
            this.right = projection.margin() + projection.plotWidth() + BLEED;
            this.bottom = projection.margin() + projection.plotHeight() + BLEED;
        }

        /** Arc {@code index} projected and simplified: x, y, x, y, ... */
        private double[] arc(int index) {
            if (projected[index] == null) {
                double[] places = arcs.get(index);
                double[] points = new double[places.length];
                for (int i = 0; i < places.length; i += 2) {
                    points[i] = projection.x(places[i]);
                    points[i + 1] = projection.y(places[i + 1]);
                }
                projected[index] = simplified(points);
            }
            return projected[index];
        }

        void ring(int[] references, StringBuilder path) {
            double[] points = new double[0];
            int length = 0;
            for (int reference : references) {
                double[] arc = arc(reference < 0 ? ~reference : reference);
                int n = arc.length / 2;
                points = Arrays.copyOf(points, Math.max(points.length, length + arc.length));
                for (int k = length == 0 ? 0 : 1; k < n; k++) {
                    int i = reference < 0 ? n - 1 - k : k;
                    points[length++] = arc[2 * i];
                    points[length++] = arc[2 * i + 1];
                }
            }
            if (length >= 4 && points[0] == points[length - 2] && points[1] == points[length - 1]) {
                length -= 2;
            }
            double[] clipped = clipped(Arrays.copyOf(points, length));
            if (clipped.length < 6) {
                return;
            }
            write(path, clipped, 0, clipped.length);
            path.append('Z');
        }

        void line(int index, StringBuilder path) {
            double[] points = arc(index);
            int runStart = -1;
            for (int i = 0; i + 3 < points.length; i += 2) {
                boolean reaches = Math.max(points[i], points[i + 2]) >= left && Math.min(points[i], points[i + 2]) <= right
                        && Math.max(points[i + 1], points[i + 3]) >= top && Math.min(points[i + 1], points[i + 3]) <= bottom;
                if (reaches && runStart < 0) {
                    runStart = i;
                } else if (!reaches && runStart >= 0) {
                    write(path, points, runStart, i + 2);
                    runStart = -1;
                }
            }
            if (runStart >= 0) {
                write(path, points, runStart, points.length);
            }
        }

        /** The polygon clipped to the window, edge by edge (Sutherland-Hodgman: exact for a rectangle; a concave polygon may keep zero-width seams along the edges, outside the plot). */
        private double[] clipped(double[] polygon) {
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < polygon.length; i += 2) {
                minX = Math.min(minX, polygon[i]);
                maxX = Math.max(maxX, polygon[i]);
                minY = Math.min(minY, polygon[i + 1]);
                maxY = Math.max(maxY, polygon[i + 1]);
            }
            if (maxX < left || minX > right || maxY < top || minY > bottom) {
                return new double[0];
            }
            if (minX >= left && maxX <= right && minY >= top && maxY <= bottom) {
                return polygon;
            }
            double[] clipped = edge(polygon, 0, left, true);
            clipped = edge(clipped, 0, right, false);
            clipped = edge(clipped, 1, top, true);
            return edge(clipped, 1, bottom, false);
        }

        private static double[] edge(double[] polygon, int axis, double bound, boolean keepAbove) {
            int n = polygon.length / 2;
            double[] out = new double[polygon.length * 2 + 4];
            int length = 0;
            for (int i = 0; i < n; i++) {
                int previous = (i + n - 1) % n;
                double current = polygon[2 * i + axis];
                double before = polygon[2 * previous + axis];
                boolean inside = keepAbove ? current >= bound : current <= bound;
                boolean wasInside = keepAbove ? before >= bound : before <= bound;
                if (inside != wasInside) {
                    double t = (bound - before) / (current - before);
                    out[length++] = polygon[2 * previous] + t * (polygon[2 * i] - polygon[2 * previous]);
                    out[length++] = polygon[2 * previous + 1] + t * (polygon[2 * i + 1] - polygon[2 * previous + 1]);
                }
                if (inside) {
                    out[length++] = polygon[2 * i];
                    out[length++] = polygon[2 * i + 1];
                }
            }
            return Arrays.copyOf(out, length);
        }
    }

    /** The line's points that Douglas-Peucker keeps at {@link #TOLERANCE}: its ends, and each point farther than that from the line kept around it. */
    static double[] simplified(double[] points) {
        int n = points.length / 2;
        if (n <= 2) {
            return points;
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        ArrayDeque<int[]> spans = new ArrayDeque<>();
        spans.push(new int[] {0, n - 1});
        while (!spans.isEmpty()) {
            int[] span = spans.pop();
            int farthest = -1;
            double distance = TOLERANCE;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double d = distance(points, i, span[0], span[1]);
                if (d > distance) {
                    distance = d;
                    farthest = i;
                }
            }
            if (farthest >= 0) {
                keep[farthest] = true;
                spans.push(new int[] {span[0], farthest});
                spans.push(new int[] {farthest, span[1]});
            }
        }
        double[] kept = new double[points.length];
        int length = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                kept[length++] = points[2 * i];
                kept[length++] = points[2 * i + 1];
            }
        }
        return Arrays.copyOf(kept, length);
    }

    /** The distance of point {@code i} from the segment between points {@code a} and {@code b} (from {@code a} when they coincide, as a closed arc's ends do). */
    private static double distance(double[] points, int i, int a, int b) {
        double px = points[2 * i] - points[2 * a];
        double py = points[2 * i + 1] - points[2 * a + 1];
        double dx = points[2 * b] - points[2 * a];
        double dy = points[2 * b + 1] - points[2 * a + 1];
        double lengthSquared = dx * dx + dy * dy;
        if (lengthSquared == 0) {
            return Math.hypot(px, py);
        }
        double t = Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
        return Math.hypot(px - t * dx, py - t * dy);
    }

    /** Points {@code from} (inclusive) to {@code to} (exclusive, offsets into x, y, ...) as one subpath, in tenths of a unit. */
    private static void write(StringBuilder path, double[] points, int from, int to) {
        path.append('M');
        for (int i = from; i < to; i += 2) {
            if (i > from) {
                path.append(' ');
            }
            number(path, points[i]);
            path.append(',');
            number(path, points[i + 1]);
        }
    }

    private static void number(StringBuilder path, double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            path.append('-');
            tenths = -tenths;
        }
        path.append(tenths / 10);
        if (tenths % 10 != 0) {
            path.append('.').append(tenths % 10);
        }
    }
}
