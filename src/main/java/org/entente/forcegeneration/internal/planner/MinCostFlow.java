package org.entente.forcegeneration.internal.planner;

import java.util.Arrays;

/**
 * A minimum-cost flow of free amount from a source to a sink: the flow, of whatever size, whose total cost is least. Arc
 * costs may be negative as long as the network has no cycle of negative cost (the lower bound's networks are acyclic). Used
 * by {@link LowerBound}.
 *
 * <p>The primal-dual method (Ahuja, Magnanti and Orlin, <i>Network Flows</i>, 1993, ch. 9): node potentials, first the
 * shortest distances from the source (Bellman-Ford, since costs may be negative), keep every reduced cost non-negative; each
 * phase finds the shortest distances under the reduced costs (Dijkstra), then sends a maximum flow (Dinic's blocking flows)
 * along the arcs of zero reduced cost, that is along every shortest path at once. The cost of a shortest path grows from phase
 * to phase; the flow stops growing when it is no longer negative, since a path of cost zero or more only adds cost. With few
 * distinct costs (the lower bound's are the objective's weights) there are few phases.
 *
 * <p>Written here rather than taken from a library: JGraphT's {@code CapacityScalingMinimumCostFlow} needs fixed supplies and
 * demands, where the amount here is free, and ignores the arc-cost function it is given (jgrapht issues 1139 and 1150).
 */
final class MinCostFlow {

    /** A capacity that no flow here reaches. */
    static final long UNBOUNDED = Long.MAX_VALUE / 4;
    private static final double EPSILON = 1e-9;

    private final int nodes;
    private int arcs;
    private int[] head = new int[16];
    private int[] next = new int[16];
    private long[] residual = new long[16];
    private double[] cost = new double[16];
    private final int[] first;

    MinCostFlow(int nodes) {
        this.nodes = nodes;
        this.first = new int[nodes];
        Arrays.fill(first, -1);
    }

    /** An arc from {@code from} to {@code to}; its index, for {@link #flow}. Arcs come in pairs: the arc, then its reverse. */
    int arc(int from, int to, long capacity, double unitCost) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a capacity is not negative: " + capacity);
        }
        if (arcs + 2 > head.length) {
            int length = head.length * 2;
            head = Arrays.copyOf(head, length);
            next = Arrays.copyOf(next, length);
            residual = Arrays.copyOf(residual, length);
            cost = Arrays.copyOf(cost, length);
        }
        int index = arcs;
        add(from, to, capacity, unitCost);
        add(to, from, 0, -unitCost);
        return index;
    }

    private void add(int from, int to, long capacity, double unitCost) {
        head[arcs] = to;
        residual[arcs] = capacity;
        cost[arcs] = unitCost;
        next[arcs] = first[from];
        first[from] = arcs++;
    }

    /** The flow on arc {@code arc} (as {@link #arc} numbered it). */
    long flow(int arc) {
        return residual[arc + 1];
    }

    /** Sends the flow of least cost from {@code source} to {@code sink}, of whatever amount; its cost. */
    double solve(int source, int sink) {
        double[] potential = bellmanFord(source);
        double[] distance = new double[nodes];
        int[] level = new int[nodes];
        int[] current = new int[nodes];
        while (true) {
            dijkstra(source, potential, distance);
            if (distance[sink] == Double.POSITIVE_INFINITY) {
                break;
            }
            double farthest = farthest(distance);
            for (int v = 0; v < nodes; v++) {
                potential[v] += distance[v] == Double.POSITIVE_INFINITY ? farthest : distance[v];
            }
            if (potential[sink] - potential[source] >= -EPSILON) {
                break; // the cheapest path no longer lowers the cost
            }
            while (levels(source, sink, potential, level)) {
                System.arraycopy(first, 0, current, 0, nodes);
                while (push(source, sink, UNBOUNDED, potential, level, current) > 0) {
                    // blocking flow
                }
            }
        }
        double total = 0;
        for (int a = 0; a < arcs; a += 2) {
            total += residual[a + 1] * cost[a];
        }
        return total;
    }

    private double[] bellmanFord(int source) {
        double[] distance = new double[nodes];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        distance[source] = 0;
        for (int round = 0; round < nodes; round++) {
            boolean changed = false;
            for (int v = 0; v < nodes; v++) {
                if (distance[v] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int a = first[v]; a >= 0; a = next[a]) {
                    if (residual[a] > 0 && distance[v] + cost[a] < distance[head[a]] - EPSILON) {
                        distance[head[a]] = distance[v] + cost[a];
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        double farthest = farthest(distance);
        for (int v = 0; v < nodes; v++) {
            if (distance[v] == Double.POSITIVE_INFINITY) {
                distance[v] = farthest;
            }
        }
        return distance;
    }

    private double reduced(int from, int a, double[] potential) {
        return Math.max(0, cost[a] + potential[from] - potential[head[a]]);
    }

    private void dijkstra(int source, double[] potential, double[] distance) {
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        distance[source] = 0;
        Heap heap = new Heap(nodes, distance);
        heap.push(source);
        while (!heap.isEmpty()) {
            int v = heap.pop();
            for (int a = first[v]; a >= 0; a = next[a]) {
                if (residual[a] > 0) {
                    double d = distance[v] + reduced(v, a, potential);
                    if (d < distance[head[a]] - EPSILON) {
                        distance[head[a]] = d;
                        heap.push(head[a]);
                    }
                }
            }
        }
    }

    /** A binary heap of nodes by their distance, each node at most once (a push of a node within moves it up). */
    private static final class Heap {

        private static final int DONE = -2;
        private final int[] nodes;
        /** Where each node is in the heap; -1 never pushed, DONE popped. */
        private final int[] position;
        private final double[] key;
        private int size;

        Heap(int capacity, double[] key) {
            this.nodes = new int[capacity];
            this.position = new int[capacity];
            this.key = key;
            Arrays.fill(position, -1);
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int v) {
            if (position[v] == DONE) {
                return;
            }
            if (position[v] < 0) {
                nodes[size] = v;
                position[v] = size++;
            }
            up(position[v]);
        }

        int pop() {
            int top = nodes[0];
            position[top] = DONE; // its distance is final
            nodes[0] = nodes[--size];
            if (size > 0) {
                position[nodes[0]] = 0;
                down(0);
            }
            return top;
        }

        private void up(int i) {
            int v = nodes[i];
            while (i > 0 && key[nodes[(i - 1) / 2]] > key[v]) {
                nodes[i] = nodes[(i - 1) / 2];
                position[nodes[i]] = i;
                i = (i - 1) / 2;
            }
            nodes[i] = v;
            position[v] = i;
        }

        private void down(int i) {
            int v = nodes[i];
            while (2 * i + 1 < size) {
                int child = 2 * i + 1;
                if (child + 1 < size && key[nodes[child + 1]] < key[nodes[child]]) {
                    child++;
                }
                if (key[nodes[child]] >= key[v]) {
                    break;
                }
                nodes[i] = nodes[child];
                position[nodes[i]] = i;
                i = child;
            }
            nodes[i] = v;
            position[v] = i;
        }
    }

    /** Whether the arc is on a shortest path: residual capacity and zero reduced cost. */
    private boolean admissible(int from, int a, double[] potential) {
        return residual[a] > 0 && cost[a] + potential[from] - potential[head[a]] <= EPSILON;
    }

    /** Breadth-first levels over the admissible arcs; whether the sink is reached. */
    private boolean levels(int source, int sink, double[] potential, int[] level) {
        Arrays.fill(level, -1);
        level[source] = 0;
        int[] queue = new int[nodes];
        int taken = 0;
        int added = 0;
        queue[added++] = source;
        while (taken < added) {
            int v = queue[taken++];
            for (int a = first[v]; a >= 0; a = next[a]) {
                if (level[head[a]] < 0 && admissible(v, a, potential)) {
                    level[head[a]] = level[v] + 1;
                    queue[added++] = head[a];
                }
            }
        }
        return level[sink] >= 0;
    }

    private long push(int v, int sink, long limit, double[] potential, int[] level, int[] current) {
        if (v == sink) {
            return limit;
        }
        for (; current[v] >= 0; current[v] = next[current[v]]) {
            int a = current[v];
            int w = head[a];
            if (level[w] == level[v] + 1 && admissible(v, a, potential)) {
                long pushed = push(w, sink, Math.min(limit, residual[a]), potential, level, current);
                if (pushed > 0) {
                    residual[a] -= pushed;
                    residual[a ^ 1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }

    /** The largest finite distance (0 if none): what an unreached node's potential is raised by, to keep reduced costs non-negative. */
    private static double farthest(double[] distance) {
        double farthest = 0;
        for (double d : distance) {
            if (d != Double.POSITIVE_INFINITY) {
                farthest = Math.max(farthest, d);
            }
        }
        return farthest;
    }
}
