package org.entente.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What marks an answer as an exercise's (issue 17): the exercise's {@code code}, the organization it is an exercise {@code of}
 * and its {@code title}. The exercise module finds it for every request whose address names an exercise and keeps it on the
 * request ({@link #ATTRIBUTE}); from there every answer carries it: the {@link #HEADER} on every answer, the {@link #PROPERTY}
 * in every JSON object answer and every problem, and the banner on every page. Written as JSON, it is
 * {@code {"code": "CSTO-X1", "of": "CSTO", "title": "Winter drill"}}.
 */
public record ExerciseMarking(String code, String of, String title) {

    /** The request attribute that holds the marking of a request inside an exercise (pages read it as {@code exerciseMarking}). */
    public static final String ATTRIBUTE = "exerciseMarking";
    /** The header every answer inside an exercise carries: the exercise's code. */
    public static final String HEADER = "Entente-Exercise";
    /** The top-level member of every JSON object answer and problem inside an exercise. */
    public static final String PROPERTY = "exercise";

    /**
     * On a handler whose JSON object answer is a document of a format of its own (the dataset export, which its JSON Schema
     * defines and which is imported again as it is): inside an exercise it carries the {@link #HEADER} only, not the
     * {@link #PROPERTY}.
     */
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Documented
    public @interface HeaderOnly {
    }

    public ExerciseMarking {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(of, "of");
        Objects.requireNonNull(title, "title");
    }

    /** The marking of {@code request}: empty where its address names no exercise. */
    public static Optional<ExerciseMarking> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof ExerciseMarking marking ? Optional.of(marking) : Optional.empty();
    }

    /** The marking of the request this thread serves, where Spring knows it (from the request context filter on). */
    public static Optional<ExerciseMarking> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes != null && attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof ExerciseMarking marking
                ? Optional.of(marking) : Optional.empty();
    }

    /** Marks {@code request} as inside this exercise, and its answer with the header. */
    public void mark(HttpServletRequest request, HttpServletResponse response) {
        request.setAttribute(ATTRIBUTE, this);
        response.setHeader(HEADER, code);
    }
}
