/** Clinics (the tenants of the portal) and the therapists who work in them. */
package org.clinicportal.clinic;
