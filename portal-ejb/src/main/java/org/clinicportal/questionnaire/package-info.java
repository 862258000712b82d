/**
 * The questionnaires a patient fills in between visits (pain, the Oswestry Disability Index, their
 * own functional-scale activities): when they fall due in an episode of care, how the patient
 * answers them a screen at a time, and how the answers stand beside the therapist's measurements.
 */
package org.clinicportal.questionnaire;
