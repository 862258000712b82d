package org.clinicportal.patient;

import java.io.Serializable;
import java.util.List;

/** One page of patients and how many match in all. */
public record PatientPage(List<PatientSummary> rows, long total) implements Serializable {}
