/**
 * Alerting: who hears of each step of the crisis cycle, and how (email, signed webhooks, a CAP 1.2 feed, digests), with
 * delivery that is reliable across crashes. See docs/alerting.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerting")
package org.entente.alerting;
