package org.clinicportal.homecare;

import java.time.LocalDate;

/** What the daily watch reads of an active program that has started. */
public record RunningProgram(
    long programId,
    long patientId,
    LocalDate startsOn,
    LocalDate reviewOn,
    Integer assessedPain,
    long episodeId) {}
