package org.entente.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.entente.web.internal.LanguageLinks;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Public reads answered from the version of what they show (see docs/operations.md, "An HTTP cache in front"). An answer that
 * every anonymous reader gets alike and that is wholly derived from a version (the record's, and today's date where the answer
 * depends on it) is sent with a strong {@code ETag} derived from that version, the address and the language; with
 * {@value #PUBLIC}, which lets a shared cache keep it and makes every cache ask again before reusing it; and answered
 * {@code 304 Not Modified}, before any of its work is done, when {@code If-None-Match} names that tag. A page's rendered body is
 * kept by its tag, so that the application renders a page once per version however many anonymous readers ask for it.
 * <p>
 * A signed-in reader ({@link AnonymousReaders}: a session's sign-in, or an {@code Authorization} header), an answer without a version (one that may not see the
 * latest change yet) and a request that changes the language ({@code ?lang=}, which sets a cookie) are answered as before:
 * derived for the request, and never stored by a cache (Spring Security's {@code no-store}).
 */
@Component
public class PublicReads {

    /**
     * The caching of an answer to anonymous readers: a browser revalidates it (a cheap 304) before each use; a shared cache
     * (nginx, Varnish) keeps it and serves it for a second, then revalidates it with {@code If-None-Match}. A shared cache needs
     * the second: nginx and Varnish's default VCL store nothing whose lifetime is zero.
     */
    private static final String READS_AT = PublicReads.class.getName() + ".readsAt";
    public static final String PUBLIC = "public, max-age=0, s-maxage=1, must-revalidate";

    /**
     * The parameters a public read's answer depends on: the tag and the kept page hold these and no other, so that an address
     * that differs only in a parameter no public read takes (a tracking one, {@code fbclid}, {@code utm_*}) is the same answer.
     * A public read that takes another parameter must add it here.
     */
    static final List<String> PARAMETERS = java.util.List.of("date", "recordedAt");

    /** A page's language comes from a cookie; the answer of a signed-in reader (whose session is a cookie) differs too. */
    static final String PAGE_VARY = "Cookie, Authorization";
    /** A JSON answer is anonymous readers' own: a token holder's differs (its own writes, no tag), so a shared cache keys on it. */
    static final String JSON_VARY = "Authorization";

    private static final long PAGE_BYTES = 32L * 1024 * 1024;

    private final ViewResolver views;
    private final VersionedViews<String, Rendered> pages = new VersionedViews<>(PAGE_BYTES, rendered -> rendered.body().length);

    /**
     * What this build renders with: a digest of the application's classes, templates, messages and static files, read at
     * start-up. In every tag, so that an upgrade that changes an answer changes its tag (a cache revalidating after a deploy
     * gets the new answer, not a 304), while instances of one build agree.
     */
    private final String build = BuildDigest.of("classpath*:org/entente/**/*.class", "classpath*:templates/**/*.html",
            "classpath*:messages*.properties", "classpath*:static/**");

    PublicReads(@Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.views = views;
    }

    /** A page rendered once and its content type. */
    private record Rendered(String contentType, byte[] body) {
    }

    /** Records that the current answer reads the record as recorded at {@code at} (its version's instant). */
    public static void readsAt(HttpServletRequest request, Instant at) {
        request.setAttribute(READS_AT, at);
    }

    /** The instant the current answer reads the record at, if its handler said so ({@link #readsAt(HttpServletRequest, Instant)}). */
    public static Optional<Instant> readsAt(HttpServletRequest request) {
        return Optional.ofNullable((Instant) request.getAttribute(READS_AT));
    }

    /**
     * The page {@code view} gives (filling the model and naming the template), at {@code version}: a 304 (null) where the reader
     * has it; else the page, rendered once per tag for anonymous readers. Where {@code version} is empty, rendered as before.
     */
    public ModelAndView page(HttpServletRequest request, HttpServletResponse response, Optional<String> version, Supplier<String> view) {
        Optional<String> tag = tag(request, version, "page");
        if (tag.isEmpty()) {
            return new ModelAndView(view.get());
        }
        if (notModified(request, tag.get())) {
            cacheHeaders(response, tag.get(), PAGE_VARY);
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return null;
        }
        Rendered kept = pages.get(tag.get());
        if (kept != null) {
            return new ModelAndView(new KeptView(kept, tag.get()));
        }
        return new ModelAndView(new RenderingView(view.get(), tag.get()));
    }

    /**
     * The API answer {@code body} gives, at {@code version}: {@code 304} without calling it where the reader has it; else the
     * answer with its tag for anonymous readers; as before (no tag, no caching) for the others or without a version.
     */
    public <T> ResponseEntity<T> json(HttpServletRequest request, Optional<String> version, Supplier<T> body) {
        Optional<String> tag = tag(request, version, "json");
        if (tag.isEmpty()) {
            return ResponseEntity.ok(body.get());
        }
        if (notModified(request, tag.get())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag.get()).header(HttpHeaders.CACHE_CONTROL, PUBLIC)
                    .header(HttpHeaders.VARY, JSON_VARY).build();
        }
        T answer = body.get();
        return ResponseEntity.ok().eTag(tag.get()).header(HttpHeaders.CACHE_CONTROL, PUBLIC).header(HttpHeaders.VARY, JSON_VARY).body(answer);
    }

    /**
     * The strong tag of the answer to this request at {@code version}: a digest of the build, the version, the representation, the language
     * and the address with the query of its {@link #PARAMETERS}; empty where the answer is not the same for every anonymous
     * reader or has no version.
     */
    private Optional<String> tag(HttpServletRequest request, Optional<String> version, String representation) {
        if (version.isEmpty() || !AnonymousReaders.asks(request) || request.getParameter("lang") != null) {
            return Optional.empty();
        }
        String query = query(request);
        String named = String.join("\n", build, version.get(), representation, RequestContextUtils.getLocale(request).getLanguage(),
                request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
        return Optional.of('"' + sha256(named).substring(0, 40) + '"');
    }

    /** The query of the request's {@link #PARAMETERS}, in their order, encoded; empty for none. */
    private static String query(HttpServletRequest request) {
        var query = new StringJoiner("&");
        for (String name : PARAMETERS) {
            String[] values = request.getParameterValues(name);
            for (String value : values == null ? new String[0] : values) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /**
     * Whether {@code If-None-Match} names {@code tag} (compared weakly, as RFC 9110 says for this header). Not {@code *}: whether
     * the address names anything (an organization) is known only once the answer is derived.
     */
    static boolean notModified(HttpServletRequest request, String tag) {
        var headers = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
        while (headers.hasMoreElements()) {
            for (String candidate : headers.nextElement().split(",")) {
                String trimmed = candidate.strip();
                if ((trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void cacheHeaders(HttpServletResponse response, String tag, String vary) {
        response.setHeader(HttpHeaders.ETAG, tag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
        response.setHeader(HttpHeaders.VARY, vary);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A page rendered before, written as it was. */
    private record KeptView(Rendered rendered, String tag) implements View {

        @Override
        public String getContentType() {
            return rendered.contentType();
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            write(rendered, tag, response);
        }
    }

    /**
     * The template rendered into memory, kept by its tag and written; its language links name the address with the query of
     * its {@link #PARAMETERS} alone (a kept page is every reader's). A page that belongs to a session (rendering it made or used
     * one, or set a cookie) or holds a CSRF token (a session's form) is nobody else's: it is written, neither kept nor made
     * public.
     */
    private final class RenderingView implements View {

        private final String name;
        private final String tag;

        RenderingView(String name, String tag) {
            this.name = name;
            this.tag = tag;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            View template = views.resolveViewName(name, RequestContextUtils.getLocale(request));
            if (template == null) {
                throw new IllegalStateException("no template '" + name + "'");
            }
            var captured = new CapturedResponse(response);
            var everyReaders = new HashMap<String, Object>(model);
            everyReaders.put("languageLinks", LanguageLinks.of(request.getRequestURI(), query(request)));
            template.render(everyReaders, request, captured);
            var rendered = new Rendered(response.getContentType(), captured.body());
            if (request.getSession(false) != null || response.containsHeader(HttpHeaders.SET_COOKIE)
                    || new String(rendered.body(), StandardCharsets.UTF_8).contains("_csrf")) {
                response.getOutputStream().write(rendered.body());
                return;
            }
            pages.put(tag, rendered);
            write(rendered, tag, response);
        }
    }

    private static void write(Rendered rendered, String tag, HttpServletResponse response) throws java.io.IOException {
        cacheHeaders(response, tag, PAGE_VARY);
        if (rendered.contentType() != null) {
            response.setContentType(rendered.contentType());
        }
        response.setContentLength(rendered.body().length);
        response.getOutputStream().write(rendered.body());
    }

    /** The response with its body written into memory; its headers and content type go to the response. */
    private static final class CapturedResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        private PrintWriter writer;

        CapturedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    buffer.write(bytes, offset, length);
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(buffer, encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
