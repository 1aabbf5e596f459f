package org.entente.register;

/** A state's standing in an organization on one date. */
public record StateStanding(StateCode state, Standing standing) {
}
