package org.entente.register;

/** How precisely a date is known. A date known to the year is stored as its first day. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
