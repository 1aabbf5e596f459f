/**
 * Search across the record, from every page: organizations, member states, requests, clauses and instruments, sources and
 * missions whose names, codes or titles hold every word asked, as the reader may read them. An in-memory filter over what the
 * other modules' read services already give, which is enough at the size of a treaty organization's record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.entente.search;
