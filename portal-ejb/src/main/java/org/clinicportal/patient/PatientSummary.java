package org.clinicportal.patient;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of a patient list. */
public record PatientSummary(
    long id,
    String recordNumber,
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    String therapistName,
    boolean archived)
    implements Serializable {}
