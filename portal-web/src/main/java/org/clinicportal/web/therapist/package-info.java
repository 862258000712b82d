/** Pages of the therapist's working day. */
package org.clinicportal.web.therapist;
