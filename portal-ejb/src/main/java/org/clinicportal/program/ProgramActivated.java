package org.clinicportal.program;

/** A program version has become the patient's active one, within the transaction that did it. */
public record ProgramActivated(long patientId, long programId) {}
