package org.entente.map;

import java.util.ArrayList;
import java.util.List;

/** SVG path data as the base map writes it ({@code M x,y x,y ...} subpaths, closed by {@code Z} or not), read back for the tests. */
public final class SvgPaths {

    private SvgPaths() {
    }

    /** The subpaths of {@code pathData}, each as x, y, x, y, ... */
    public static List<double[]> subpaths(String pathData) {
        List<double[]> subpaths = new ArrayList<>();
        for (String subpath : pathData.split("M")) {
            String points = subpath.replace("Z", "").trim();
            if (points.isEmpty()) {
                continue;
            }
            String[] pairs = points.split(" ");
            double[] coordinates = new double[pairs.length * 2];
            for (int i = 0; i < pairs.length; i++) {
                String[] xy = pairs[i].split(",");
                coordinates[2 * i] = Double.parseDouble(xy[0]);
                coordinates[2 * i + 1] = Double.parseDouble(xy[1]);
            }
            subpaths.add(coordinates);
        }
        return subpaths;
    }

    /** Whether the point lies inside the closed subpaths of {@code pathData} by the even-odd rule (a ray to the right crosses an odd number of edges). */
    public static boolean contains(String pathData, double x, double y) {
        boolean inside = false;
        for (double[] ring : subpaths(pathData)) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
