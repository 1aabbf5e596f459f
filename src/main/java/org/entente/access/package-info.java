/**
 * Who is acting and what they may do: roles scoped to an organization (and to one member state where
 * the role says so), the one table that maps every endpoint and page to who may use it, release
 * markings, local accounts, sign-in and personal access tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.entente.access;
