package org.entente.web;

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

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}
