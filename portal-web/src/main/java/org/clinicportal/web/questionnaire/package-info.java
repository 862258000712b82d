/**
 * The pages of the questionnaires between visits: the patient's, a screen at a time, and the
 * chart's list of the answers beside the therapist's measurements.
 */
package org.clinicportal.web.questionnaire;
