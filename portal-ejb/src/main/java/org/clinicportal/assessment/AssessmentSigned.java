package org.clinicportal.assessment;

/**
 * An assessment was signed, not amended: features that follow the course of an episode (the
 * questionnaires due at its start) learn of it without the assessment knowing them.
 */
public record AssessmentSigned(long patientId, long assessmentId) {}
