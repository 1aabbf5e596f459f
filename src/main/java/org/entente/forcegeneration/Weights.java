package org.entente.forcegeneration;

/** The objective's weights: what a person or unit short, an hour of arrival, a person too many, and a person off a state's burden share cost. */
public record Weights(double shortfallPersonnel, double shortfallUnits, double maxArrivalHours, double overcommitPersonnel,
                      double burdenDeviationPersonnel) {
}
