package org.entente.register;

import java.util.Locale;
import java.util.Objects;

/**
 * How a council decides, as the charter's decision-rule clause states it: the kind of rule, the quorum
 * (the share of the voters that must take part), the threshold of a qualified majority, and whether the
 * requesting state votes, and the body the rule applies to (e.g. the CSTO's Collective Security Council; null where the
 * record names none). The assistance module turns these terms into the rule that decides a ballot.
 */
public record DecisionTerms(Kind kind, double quorum, Double threshold, boolean requesterVotes, String body) {

    public enum Kind implements Coded {
        CONSENSUS, UNANIMITY, SIMPLE_MAJORITY, QUALIFIED_MAJORITY, SILENCE_PROCEDURE
    }

    public DecisionTerms {
        Objects.requireNonNull(kind, "kind");
        if (!(quorum >= 0.0 && quorum <= 1.0)) {
            throw new IllegalArgumentException("a quorum is a share of the voters between 0 and 1, not " + quorum);
        }
        if ((kind == Kind.QUALIFIED_MAJORITY) != (threshold != null)) {
            throw new IllegalArgumentException("a threshold belongs to a qualified majority, and only to one");
        }
        if (threshold != null && !(threshold > 0.5 && threshold <= 1.0)) {
            throw new IllegalArgumentException("a qualified majority is a share above one half and at most all, not " + threshold);
        }
        if (body != null && (body.isBlank() || body.length() > 200 || body.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("a body is named in 1 to 200 characters on one line, not '" + body + "'");
        }
    }

    /**
     * The terms as one line of text, as the register stores them: e.g. {@code consensus quorum=1 requester-votes=true body=Collective
     * Security Council} (the body last, since it holds blanks).
     */
    public String text() {
        return kind.code() + " quorum=" + quorum + (threshold == null ? "" : " threshold=" + threshold) + " requester-votes=" + requesterVotes
                + (body == null ? "" : " body=" + body);
    }

    public static DecisionTerms parse(String text) {
        String body = null;
        int named = text.indexOf(" body=");
        if (named >= 0) {
            body = text.substring(named + " body=".length());
            text = text.substring(0, named);
        }
        String[] parts = text.trim().split(" ");
        Kind kind = Coded.fromCode(Kind.class, parts[0]);
        double quorum = 0;
        Double threshold = null;
        boolean requesterVotes = true;
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            switch (pair[0]) {
                case "quorum" -> quorum = Double.parseDouble(pair[1]);
                case "threshold" -> threshold = Double.valueOf(pair[1]);
                case "requester-votes" -> requesterVotes = Boolean.parseBoolean(pair[1]);
                default -> throw new IllegalArgumentException("unknown term '" + pair[0] + "' in '" + text + "'");
            }
        }
        return new DecisionTerms(kind, quorum, threshold, requesterVotes, body);
    }

    /** In words, for pages: e.g. "consensus; every voter takes part; the requesting state votes". */
    public String describe() {
        String rule = kind.code().replace('_', ' ') + (threshold == null ? "" : " of " + percent(threshold));
        String takePart = quorum >= 1.0 ? "every voter takes part" : quorum == 0.0 ? "no quorum" : "a quorum of " + percent(quorum);
        return rule + "; " + takePart + "; the requesting state " + (requesterVotes ? "votes" : "does not vote");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.4g", share * 100).replaceAll("\\.?0+$", "") + "%";
    }
}
