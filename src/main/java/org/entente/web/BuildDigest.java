package org.entente.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A digest of the files that make a build's answers: the same on every instance of one build, another after an upgrade. */
final class BuildDigest {

    private BuildDigest() {
    }

    /** SHA-256, in hex, over the path and content of every readable resource the patterns find, in path order. */
    static String of(String... patterns) {
        return of(BuildDigest.class.getClassLoader(), patterns);
    }

    static String of(ClassLoader loader, String... patterns) {
        try {
            var resolver = new PathMatchingResourcePatternResolver(loader);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String pattern : patterns) {
                Resource[] found = resolver.getResources(pattern);
                Arrays.sort(found, Comparator.comparing(BuildDigest::path));
                for (Resource resource : found) {
                    if (!resource.isReadable()) {
                        continue;
                    }
                    digest.update(path(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = resource.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the build's files", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the resource is within its class path root (the same on every machine), e.g. {@code templates/organization.html}. */
    private static String path(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int classes = Math.max(url.lastIndexOf("!/"), url.lastIndexOf("/classes/"));
            return classes < 0 ? url : url.substring(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
