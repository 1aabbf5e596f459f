/**
 * Requests for assistance and council decisions: the request lifecycle ({@link org.entente.assistance.RequestState}),
 * the eligibility policies and clause routing, council sessions deciding by the charter's rule
 * ({@link org.entente.assistance.DecisionRule}), the historical record, and the events each step publishes
 * ({@link org.entente.assistance.RequestEvent}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistance")
package org.entente.assistance;
