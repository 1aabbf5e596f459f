package org.entente.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.entente.register.StateCode;
import org.entente.support.MessageFiles;
import org.junit.jupiter.api.Test;

/**
 * Each rule over every ballot of councils of up to 7 members, and every combination of votes of councils
 * of 8 to 30 (about 160,000 ballots a rule), against the rule as the charter states it, counted here
 * independently. (Exhaustive enumeration stands in for a property-based library here.)
 */
class DecisionRuleTest {

    private static final Instant DEADLINE = Instant.parse("2022-01-06T12:00:00Z");
    private static final Instant BEFORE = DEADLINE.minusSeconds(60);
    private static final List<String> CODES = List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB", "AZE", "GEO", "AFG", "ALB", "DZA",
            "AND", "AGO", "ARG", "AUS", "AUT", "BHS", "BHR", "BGD", "BRB", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN");

    /** Every ballot of {@code members} members (requester first), each voting for, against, abstaining or not at all. */
    private static void everyBallot(int members, Consumer<Ballot> check) {
        Vote[] votes = Vote.values();
        int combinations = (int) Math.pow(votes.length, members);
        for (int n = 0; n < combinations; n++) {
            var ballot = new LinkedHashMap<StateCode, Vote>();
            int rest = n;
            for (int member = 0; member < members; member++) {
                ballot.put(StateCode.of(CODES.get(member)), votes[rest % votes.length]);
                rest /= votes.length;
            }
            check.accept(new Ballot(ballot, StateCode.of(CODES.get(0))));
        }
    }

    /**
     * Every combination of votes of {@code members} members (8 to 30): the requester's vote, and how many
     * of the others vote for, against, abstain or not at all. A rule looks at nothing else (the members
     * other than the requester are interchangeable), so this covers every ballot of that size.
     */
    private static void everyCombination(int members, Consumer<Ballot> check) {
        int others = members - 1;
        for (Vote requester : Vote.values()) {
            for (int forIt = 0; forIt <= others; forIt++) {
                for (int against = 0; forIt + against <= others; against++) {
                    for (int abstain = 0; forIt + against + abstain <= others; abstain++) {
                        var ballot = new LinkedHashMap<StateCode, Vote>();
                        ballot.put(StateCode.of(CODES.get(0)), requester);
                        for (int member = 1; member <= others; member++) {
                            Vote vote = member <= forIt ? Vote.FOR : member <= forIt + against ? Vote.AGAINST
                                    : member <= forIt + against + abstain ? Vote.ABSTAIN : Vote.NONE;
                            ballot.put(StateCode.of(CODES.get(member)), vote);
                        }
                        check.accept(new Ballot(ballot, StateCode.of(CODES.get(0))));
                    }
                }
            }
        }
    }

    /** Every ballot of 1 to 7 members, and every combination of votes of 8 to 30. */
    private static void everyBallotUpTo30(Consumer<Ballot> check) {
        for (int members = 1; members <= 7; members++) {
            everyBallot(members, check);
        }
        for (int members = 8; members <= 30; members++) {
            everyCombination(members, check);
        }
    }

    /** The votes that count: all, or all but the requester's. */
    private static List<Vote> counted(Ballot ballot, boolean requesterVotes) {
        var counted = new ArrayList<Vote>();
        ballot.votes().forEach((state, vote) -> {
            if (requesterVotes || !state.equals(ballot.requester())) {
                counted.add(vote);
            }
        });
        return counted;
    }

    private static long count(List<Vote> votes, Vote vote) {
        return votes.stream().filter(cast -> cast == vote).count();
    }

    @Test
    void consensusIsAdoptedWhenNobodyPresentObjectsAndAbstentionDoesNotBlock() {
        var rule = new DecisionRule.Consensus(0.5, true);
        everyBallotUpTo30(ballot -> {
            List<Vote> votes = counted(ballot, true);
            long present = votes.stream().filter(Vote::cast).count();
            Outcome outcome = rule.decide(ballot, BEFORE);
            if (present * 2 < votes.size()) {
                assertThat(outcome).as("%s", ballot).isInstanceOf(Outcome.Pending.class);
            } else if (count(votes, Vote.AGAINST) == 0 && count(votes, Vote.FOR) > 0) {
                assertThat(outcome).as("%s", ballot).isInstanceOf(Outcome.Adopted.class);
            } else {
                assertThat(outcome).as("%s", ballot).isInstanceOf(Outcome.Rejected.class);
            }
        });
    }

    @Test
    void unanimityNeedsEveryVoterForIt() {
        var rule = new DecisionRule.Unanimity(true);
        everyBallotUpTo30(ballot -> {
            List<Vote> votes = counted(ballot, true);
            Outcome outcome = rule.decide(ballot, BEFORE);
            if (votes.stream().anyMatch(vote -> !vote.cast())) {
                assertThat(outcome).as("%s", ballot).isInstanceOf(Outcome.Pending.class);
            } else {
                assertThat(outcome).as("%s", ballot).isInstanceOf(count(votes, Vote.FOR) == votes.size() ? Outcome.Adopted.class : Outcome.Rejected.class);
            }
        });
    }

    @Test
    void aSimpleMajorityNeedsMoreForThanAgainstOnceTheQuorumHasVoted() {
        var rule = new DecisionRule.SimpleMajority(2.0 / 3, true);
        everyBallotUpTo30(ballot -> {
            List<Vote> votes = counted(ballot, true);
            long present = votes.stream().filter(Vote::cast).count();
            Outcome outcome = rule.decide(ballot, BEFORE);
            if (present * 3 < votes.size() * 2L) {
                assertThat(outcome).as("%s", ballot).isInstanceOf(Outcome.Pending.class);
            } else {
                assertThat(outcome).as("%s", ballot)
                        .isInstanceOf(count(votes, Vote.FOR) > count(votes, Vote.AGAINST) ? Outcome.Adopted.class : Outcome.Rejected.class);
            }
        });
    }

    @Test
    void aQualifiedMajorityNeedsItsShareOfAllVotersWhateverTheOthersDo() {
        var rule = new DecisionRule.QualifiedMajority(0.55, 0.0, true);
        everyBallotUpTo30(ballot -> {
            List<Vote> votes = counted(ballot, true);
            Outcome outcome = rule.decide(ballot, BEFORE);
            boolean reached = count(votes, Vote.FOR) * 100 >= 55L * votes.size();
            assertThat(outcome).as("%s", ballot).isInstanceOf(reached ? Outcome.Adopted.class : Outcome.Rejected.class);
        });
    }

    @Test
    void aSilenceProcedureIsAdoptedAtTheDeadlineUnlessSomeoneObjectedAndBrokenByAnyObjection() {
        var rule = new DecisionRule.SilenceProcedure(DEADLINE, true);
        everyBallotUpTo30(ballot -> {
            List<Vote> votes = counted(ballot, true);
            boolean objected = count(votes, Vote.AGAINST) > 0;
            assertThat(rule.decide(ballot, BEFORE)).as("%s", ballot).isInstanceOf(objected ? Outcome.Rejected.class : Outcome.Pending.class);
            assertThat(rule.decide(ballot, DEADLINE)).as("%s", ballot).isInstanceOf(objected ? Outcome.Rejected.class : Outcome.Adopted.class);
        });
    }

    @Test
    void whereTheRequesterDoesNotVoteItsObjectionDoesNotCount() {
        var ballot = new Ballot(Map.of(StateCode.of("KAZ"), Vote.AGAINST, StateCode.of("RUS"), Vote.FOR, StateCode.of("BLR"), Vote.FOR),
                StateCode.of("KAZ"));

        assertThat(new DecisionRule.Consensus(1.0, true).decide(ballot, BEFORE)).isInstanceOf(Outcome.Rejected.class);
        assertThat(new DecisionRule.Consensus(1.0, false).decide(ballot, BEFORE)).isInstanceOf(Outcome.Adopted.class);
    }

    @Test
    void underConsensusAnAbstentionAlongsideNoObjectionAdopts() {
        var ballot = new Ballot(Map.of(StateCode.of("ARM"), Vote.FOR, StateCode.of("BLR"), Vote.FOR, StateCode.of("KAZ"), Vote.FOR,
                StateCode.of("KGZ"), Vote.FOR, StateCode.of("RUS"), Vote.FOR, StateCode.of("TJK"), Vote.ABSTAIN), StateCode.of("KAZ"));

        Outcome outcome = new DecisionRule.Consensus(1.0, true).decide(ballot, BEFORE);

        assertThat(outcome).isInstanceOf(Outcome.Adopted.class);
        assertThat(outcome.reason()).contains("consensus");
    }

    @Test
    void everyReasonARuleGivesIsWordedInEachLanguageWithItsValues() {
        List<DecisionRule> rules = List.of(new DecisionRule.Consensus(1.0, true), new DecisionRule.Unanimity(true),
                new DecisionRule.SimpleMajority(2.0 / 3, true), new DecisionRule.QualifiedMajority(0.55, 0.0, true),
                new DecisionRule.SilenceProcedure(DEADLINE, true));
        var words = new java.util.LinkedHashMap<String, java.util.Properties>();
        MessageFiles.LANGUAGES.forEach(language -> words.put(language, MessageFiles.of(language)));
        var kinds = new java.util.TreeSet<String>();
        for (DecisionRule rule : rules) {
            for (Instant now : List.of(BEFORE, DEADLINE)) {
                for (int members = 0; members <= 4; members++) {
                    everyBallot(members, ballot -> {
                        Outcome outcome = rule.decide(ballot, now);
                        kinds.add(outcome.why().kind());
                        // A page writes an instant in words first (fragments.html, ruleSaid); counts stay numbers for the plurals.
                        Object[] values = outcome.why().values().stream().map(value -> value instanceof Instant ? value.toString() : value).toArray();
                        words.forEach((language, properties) -> {
                            String pattern = properties.getProperty("tally.why." + outcome.why().kind());
                            assertThat(pattern).as("%s in %s", outcome.why().kind(), language).isNotNull();
                            String worded = new com.ibm.icu.text.MessageFormat(pattern, com.ibm.icu.util.ULocale.forLanguageTag(language)).format(values);
                            outcome.why().values().forEach(value -> assertThat(worded).as("%s in %s", outcome, language).contains(value.toString()));
                        });
                        String rest = outcome.reason();
                        for (Object value : outcome.why().values()) {
                            assertThat(rest).as("%s: its values in its words, in order", outcome).contains(value.toString());
                            rest = rest.substring(rest.indexOf(value.toString()) + value.toString().length());
                        }
                    });
                }
            }
        }
        assertThat(kinds).hasSize(14);
    }

    @Test
    void aCouncilWithNobodyToVoteDecidesNothing() {
        assertThat(new DecisionRule.Consensus(0.0, true).decide(new Ballot(Map.of(), null), BEFORE)).isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void aQuorumIsAShareAndAQualifiedMajorityMoreThanHalf() {
        assertThatThrownBy(() -> new DecisionRule.Consensus(1.5, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecisionRule.QualifiedMajority(0.5, 0.0, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShareOfTheVotersIsCountedWithoutFloatingPointSurprises() {
        assertThat(DecisionRule.required(0.56, 25)).as("0.56 x 25 is 14, though the double product is a hair above").isEqualTo(14);
        assertThat(DecisionRule.required(0.55, 20)).isEqualTo(11);
        assertThat(DecisionRule.required(2.0 / 3, 30)).isEqualTo(20);
        assertThat(DecisionRule.required(0.5, 7)).isEqualTo(4);
    }
}
