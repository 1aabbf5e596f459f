/**
 * Commands, the shared kernel of every module's writes: {@link org.entente.command.Refusal}, the one
 * way a service says no (a domain outcome that one exception handler maps to an RFC 9457 problem), so
 * that services never speak HTTP and are as usable from an event listener as from a controller; and the
 * outcomes of rules and steps as values: {@link org.entente.command.Verdict} (a named policy's) and
 * {@link org.entente.command.Result} (a lifecycle step's), shared by every module's sealed lifecycles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commands", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.entente.command;
