package org.clinicportal.homecare;

import java.time.LocalDate;

/**
 * A weekly check-in as the page that answers it shows it: whose question, for which week, whether
 * it can still be answered, and the answer given so far (null before one).
 */
public record CheckInQuestion(
    String clinicName,
    LocalDate weekEnding,
    boolean open,
    Integer daysExercised,
    CheckInBarrier barrier) {

  static CheckInQuestion of(String clinicName, CheckIn checkIn, boolean open) {
    return new CheckInQuestion(
        clinicName,
        checkIn.getWeekEnding(),
        open,
        checkIn.getDaysExercised(),
        checkIn.getBarrier());
  }
}
