/** The pages of the trigger-point assessment: the exam form, the signed report, the comparison. */
package org.clinicportal.web.assessment;
