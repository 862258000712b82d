/**
 * Cross-cutting plumbing that every other package may use and which uses none of them: the clinic
 * (tenant) binding, the signed-in person and their role, schema migrations and the base of
 * clinic-owned entities.
 */
package org.clinicportal.platform;
