package org.clinicportal.review;

import java.io.Serializable;
import java.time.LocalDate;

/** A patient whose program's review date has come, as the therapist's home page lists them. */
public record ReviewDue(long patientId, String patientName, String programTitle, LocalDate reviewOn)
    implements Serializable {}
