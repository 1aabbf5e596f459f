/**
 * What every module's web adapters share: paging, RFC 9457 problem answers for the API, the text no
 * field takes ({@link org.entente.web.ControlCharacters}), and the interface language (English, Russian,
 * Indonesian) chosen on every page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.entente.web;
