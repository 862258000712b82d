package org.clinicportal.patient;

import java.io.Serializable;
import java.util.List;

/**
 * One page of patients and how many match in all, counted up to {@link #COUNT_LIMIT}: beyond that
 * the total says "at least this many" and {@code moreThanTotal} is set, so that a search that
 * matches most of a large clinic costs no more than one that matches a thousand.
 */
public record PatientResults(List<PatientSummary> rows, long total, boolean moreThanTotal)
    implements Serializable {

  public static final int COUNT_LIMIT = 1000;
}
