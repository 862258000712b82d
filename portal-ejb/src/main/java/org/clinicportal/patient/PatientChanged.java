package org.clinicportal.patient;

/**
 * A patient's record was revised, archived or restored, in the transaction that did it: what was
 * prepared from the record before (a reminder queued ahead to its address) is looked at again.
 */
public record PatientChanged(long patientId) {}
