/**
 * The home page: the registered organizations and, for a signed-in person, what awaits their action: a vote their state owes in an
 * open council session, a session to close or a request to put before the council (the secretariat), a pledge to verify (the
 * secretariat). Read from the other modules' public read services as they stand; nothing of it is stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.entente.home;
