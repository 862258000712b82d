package org.clinicportal.homecare;

import java.time.LocalDate;

/** The pain a patient wrote in their journal for a session on a day, before and after (0-10). */
public record PainReading(LocalDate on, int before, int after) {}
