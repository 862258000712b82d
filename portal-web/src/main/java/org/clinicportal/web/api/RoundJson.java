package org.clinicportal.web.api;

import java.time.LocalDate;
import org.clinicportal.homecare.LogOutcome;
import org.clinicportal.homecare.SkipReason;
import org.clinicportal.platform.RecordException;

/**
 * A round of an exercise marked done or skipped, as the app sends it: the program item, the day it
 * was done on (none for today), the round, {@code DONE} or {@code SKIPPED} and, for a skip, the
 * reason.
 */
public record RoundJson(long item, String day, int round, String outcome, String reason) {

  LocalDate dayOrRefuse() throws RecordException {
    return ApiDay.parse(day);
  }

  LogOutcome outcomeOrRefuse() throws RecordException {
    try {
      return LogOutcome.valueOf(String.valueOf(outcome));
    } catch (IllegalArgumentException unknown) {
      throw new RecordException("api.outcome");
    }
  }

  SkipReason reasonOrRefuse() throws RecordException {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    try {
      return SkipReason.valueOf(reason);
    } catch (IllegalArgumentException unknown) {
      throw new RecordException("homecare.skipReason");
    }
  }

  /** The round as the server keeps it. */
  public record Logged(long item, String day, int round, String outcome) {}
}
