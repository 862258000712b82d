/**
 * Records leaving the portal in the field's standard, FHIR R4: the mapping of the portal's records
 * to FHIR resources (see {@code ../shared/INTEROP.md} in the project's reference material for the
 * mapping and codes), and the exports people and clients ask for. It reads the clinical packages
 * and nothing reads it.
 */
package org.clinicportal.exchange;
