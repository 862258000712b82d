package org.clinicportal.homecare;

import java.time.LocalDate;

/** Rounds of exercise done in a week against those the program asked for up to today. */
public record WeekAdherence(LocalDate weekOf, int planned, int done) {

  public int percent() {
    return planned == 0 ? 0 : Math.round(done * 100f / planned);
  }
}
