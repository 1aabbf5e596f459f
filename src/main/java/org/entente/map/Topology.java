package org.entente.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A TopoJSON topology, decoded (https://github.com/topojson/topojson-specification): its arcs as places in degrees
 * (longitude, latitude, longitude, ...), delta-decoded and transformed when the topology is quantized, and the
 * polygons of each named object as rings of arc references (a reference {@code ~i}, that is {@code -i - 1}, is arc
 * {@code i} reversed). Points and lines are not read: a base map needs polygons only.
 */
record Topology(List<double[]> arcs, Map<String, List<Shape>> objects) {

    /** A polygon or multipolygon of an object: its id ({@code null} when it has none) and all its rings, outer and inner alike. */
    record Shape(String id, List<int[]> rings) {
    }

    Topology {
        arcs = List.copyOf(arcs);
        objects = Map.copyOf(objects);
    }

    static Topology read(InputStream json) {
        JsonNode root;
        try (json) {
            root = JsonMapper.shared().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!"Topology".equals(root.path("type").asString(""))) {
            throw new IllegalArgumentException("not a TopoJSON topology: its type is '" + root.path("type").asString("") + "'");
        }
        JsonNode transform = root.path("transform");
        boolean quantized = transform.isObject();
        double scaleX = quantized ? transform.path("scale").path(0).asDouble() : 1;
        double scaleY = quantized ? transform.path("scale").path(1).asDouble() : 1;
        double translateX = quantized ? transform.path("translate").path(0).asDouble() : 0;
        double translateY = quantized ? transform.path("translate").path(1).asDouble() : 0;
        List<double[]> arcs = new ArrayList<>();
        for (JsonNode arc : root.path("arcs")) {
            double[] places = new double[arc.size() * 2];
            double x = 0;
            double y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonNode position = arc.get(i);
                if (quantized) {
                    x += position.get(0).asDouble();
                    y += position.get(1).asDouble();
                    places[2 * i] = x * scaleX + translateX;
                    places[2 * i + 1] = y * scaleY + translateY;
                } else {
                    places[2 * i] = position.get(0).asDouble();
                    places[2 * i + 1] = position.get(1).asDouble();
                }
            }
            arcs.add(places);
        }
        Map<String, List<Shape>> objects = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> object : root.path("objects").properties()) {
            List<Shape> shapes = new ArrayList<>();
            collect(object.getValue(), shapes, arcs.size());
            shapes.forEach(shape -> shape.rings().forEach(ring -> requireClosed(object.getKey(), ring, arcs)));
            objects.put(object.getKey(), List.copyOf(shapes));
        }
        return new Topology(arcs, objects);
    }

    private static void collect(JsonNode geometry, List<Shape> shapes, int arcCount) {
        String id = geometry.path("id").isMissingNode() || geometry.path("id").isNull() ? null : geometry.path("id").asString();
        List<int[]> rings = new ArrayList<>();
        switch (geometry.path("type").asString("")) {
            case "GeometryCollection" -> geometry.path("geometries").forEach(member -> collect(member, shapes, arcCount));
            case "Polygon" -> geometry.path("arcs").forEach(ring -> rings.add(references(ring, arcCount)));
            case "MultiPolygon" -> geometry.path("arcs").forEach(polygon -> polygon.forEach(ring -> rings.add(references(ring, arcCount))));
            default -> {
                // points and lines: not part of a base map
            }
        }
        if (!rings.isEmpty()) {
            shapes.add(new Shape(id, List.copyOf(rings)));
        }
    }

    /** Each arc of a ring begins where the one before it ends, and the last ends where the first begins. */
    private static void requireClosed(String object, int[] ring, List<double[]> arcs) {
        for (int i = 0; i < ring.length; i++) {
            double[] end = end(arcs, ring[i], true);
            double[] start = end(arcs, ring[(i + 1) % ring.length], false);
            if (end[0] != start[0] || end[1] != start[1]) {
                throw new IllegalArgumentException("a ring of the object '" + object + "' does not close: arc " + ring[i] + " ends at "
                        + end[0] + ", " + end[1] + " and the next begins at " + start[0] + ", " + start[1]);
            }
        }
    }

    /** The last place of the referenced arc ({@code last}) or its first, a reversed arc's being the arc's other end. */
    private static double[] end(List<double[]> arcs, int reference, boolean last) {
        double[] arc = arcs.get(reference < 0 ? ~reference : reference);
        boolean atArcsEnd = last != reference < 0;
        int i = atArcsEnd ? arc.length - 2 : 0;
        return new double[] {arc[i], arc[i + 1]};
    }

    private static int[] references(JsonNode ring, int arcCount) {
        int[] references = new int[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            int reference = ring.get(i).asInt();
            int arc = reference < 0 ? ~reference : reference;
            if (arc >= arcCount) {
                throw new IllegalArgumentException("a ring refers to arc " + arc + " of " + arcCount);
            }
            references[i] = reference;
        }
        return references;
    }
}
