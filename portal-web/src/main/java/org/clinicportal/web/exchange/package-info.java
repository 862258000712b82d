/** The downloads of records in FHIR R4, over the services of {@code org.clinicportal.exchange}. */
package org.clinicportal.web.exchange;
