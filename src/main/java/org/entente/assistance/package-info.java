/**
 * Requests for assistance and council decisions. So far: the charter's decision rules as executable
 * values ({@link org.entente.assistance.DecisionRule}), deciding a ballot of the members in good standing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistance")
package org.entente.assistance;
