/**
 * Records in FHIR R4 over the services of {@code org.clinicportal.exchange}: the downloads of a
 * patient's record, and the FHIR endpoint with its token endpoint for SMART Backend Services.
 */
package org.clinicportal.web.exchange;
