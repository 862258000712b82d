/** Pages a patient sees after signing in. */
package org.clinicportal.web.patient;
