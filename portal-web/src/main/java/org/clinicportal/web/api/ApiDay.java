package org.clinicportal.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.clinicportal.platform.RecordException;

/** A day as the app sends it (ISO {@code 2026-12-04}); none means today. */
final class ApiDay {

  private ApiDay() {}

  static LocalDate parse(String day) throws RecordException {
    if (day == null || day.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException notADay) {
      throw new RecordException("api.day");
    }
  }
}
