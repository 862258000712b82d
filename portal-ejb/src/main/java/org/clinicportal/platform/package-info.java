/**
 * Cross-cutting plumbing: the clinic (tenant) binding, schema migrations and the base of
 * clinic-owned entities.
 */
package org.clinicportal.platform;
