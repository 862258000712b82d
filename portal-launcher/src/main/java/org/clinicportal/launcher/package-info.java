/**
 * Runs the portal on Payara Server: prepares the PostgreSQL database and role, creates a domain,
 * its JDBC pool and resource, deploys the EAR and waits until the sign-in page answers. Used by the
 * run command and by the end-to-end tests; it is build tooling and never part of the EAR.
 */
package org.clinicportal.launcher;
