/** The review page of a patient's active home program. */
package org.clinicportal.web.review;
