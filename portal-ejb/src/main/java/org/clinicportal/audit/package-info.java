/**
 * The append-only audit trail: who did what to which record, when, from which address, and which
 * fields changed from what to what.
 */
package org.clinicportal.audit;
