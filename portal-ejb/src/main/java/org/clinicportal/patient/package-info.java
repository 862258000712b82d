/** Patient records: who the patient is, who treats them, and their portal account. */
package org.clinicportal.patient;
