/** Demonstration clinics, loaded into an empty database or on request, never over real data. */
package org.clinicportal.demo;
