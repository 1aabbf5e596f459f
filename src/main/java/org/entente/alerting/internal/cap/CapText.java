package org.entente.alerting.internal.cap;

import java.util.Objects;

/** The checks CAP 1.2 puts on its strings, in one place for every value type of this package. */
final class CapText {

    private CapText() {
    }

    /**
     * Text that an XML 1.0 document can carry, not blank: the tab, line breaks and the characters from U+0020 on, less
     * U+FFFE/U+FFFF and a half of a surrogate pair standing alone. A carriage return becomes a line feed, as an XML reader
     * would read it back, so that the alert says what it will be read to say.
     */
    static String text(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException("a CAP " + field + " is not blank");
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
                continue;
            }
            boolean allowed = c == '\t' || c == '\n' || c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c);
            if (!allowed) {
                throw new IllegalArgumentException("a CAP " + field + " holds a character XML cannot carry (U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c) + ")");
            }
        }
        return text;
    }

    /**
     * An identifier or a sender (CAP 1.2, 3.2.1): it names a message in a {@code references} list, where commas and
     * whitespace separate the parts, so it "MUST NOT include spaces, commas or restricted characters (&lt; and &amp;)".
     */
    static String token(String field, String value) {
        text(field, value);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == '<' || c == '&') {
                throw new IllegalArgumentException("a CAP " + field + " has no spaces, commas, '<' or '&': '" + value + "'");
            }
        }
        return value;
    }
}
