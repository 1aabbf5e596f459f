package org.entente.forcegeneration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entente.forcegeneration.internal.planner.ProblemFiles;

/** The public benchmark instances copied into the repository (bench/forcegen): S plain, M gzipped. */
public final class BenchmarkInstances {

    public static final Path DIRECTORY = Path.of("bench", "forcegen");

    private BenchmarkInstances() {
    }

    public static List<Path> named(String prefix) {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ForceProblem read(Path file) {
        try {
            return ProblemFiles.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
