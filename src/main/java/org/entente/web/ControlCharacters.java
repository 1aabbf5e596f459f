package org.entente.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * What no text field takes, checked at the edge for every module (the web's checks of every request, and
 * the dataset import of its documents): C0 and C1 control characters
 * (tab, line feed and carriage return excepted, for the fields that hold several lines; a field of one
 * line says so itself) and UTF-16 surrogates that do not pair, which no character encoding can store.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Why {@code text} is refused, or null when it is acceptable. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "an unpaired surrogate " + code(c) + " at character " + (i + 1) + " is not text";
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return "the control character " + code(c) + " at character " + (i + 1) + " is not accepted in text";
            }
        }
        return null;
    }

    /** A text of a JSON document that is refused: where, as a JSON path ({@code $.equipment[1].name}), and why. */
    public record InJson(String path, String problem) {
    }

    /**
     * The texts of the JSON document that {@code parser} reads which are refused, in document order and
     * at most {@code limit} of them: the one walk of JSON text, for request bodies and dataset documents
     * alike. A string is named by its path; a property name by the path of the object it is in (its
     * message says "a property name"), and the value it names is not read. A document that is not JSON
     * throws the parser's exception when the walk reaches what is wrong.
     */
    public static List<InJson> inJson(JsonParser parser, int limit) {
        var found = new ArrayList<InJson>();
        for (JsonToken token = parser.nextToken(); token != null && found.size() < limit; token = parser.nextToken()) {
            if (token == JsonToken.PROPERTY_NAME) {
                String problem = problem(parser.currentName());
                if (problem != null) {
                    found.add(new InJson(path(parser.streamReadContext().getParent()), "a property name: " + problem));
                    if (found.size() < limit) {
                        parser.nextToken();
                        parser.skipChildren();
                    }
                }
            } else if (token == JsonToken.VALUE_STRING) {
                String problem = problem(parser.getString());
                if (problem != null) {
                    found.add(new InJson(path(parser.streamReadContext()), problem));
                }
            }
        }
        return found;
    }

    /** The JSON path of the value {@code context} is at: {@code $}, then property names after dots and array indexes in brackets. */
    private static String path(TokenStreamContext context) {
        var segments = new ArrayDeque<String>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.addFirst("[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.inObject() && at.currentName() != null) {
                segments.addFirst("." + at.currentName());
            }
        }
        return "$" + String.join("", segments);
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}
