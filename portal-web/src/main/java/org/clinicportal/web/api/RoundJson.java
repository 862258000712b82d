package org.clinicportal.web.api;

import org.clinicportal.homecare.LogOutcome;
import org.clinicportal.homecare.SkipReason;
import org.clinicportal.platform.RecordException;

/**
 * A round of an exercise marked done or skipped, as the app sends it: the program item, the round,
 * {@code DONE} or {@code SKIPPED} and, for a skip, the reason.
 */
public record RoundJson(long item, int round, String outcome, String reason) {

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
