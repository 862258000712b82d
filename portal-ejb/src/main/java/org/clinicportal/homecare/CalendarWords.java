package org.clinicportal.homecare;

import org.clinicportal.platform.Language;
import org.clinicportal.platform.Words;
import org.clinicportal.reminder.CalendarFeed;

/**
 * The words of a calendar feed, from {@code homecare/calendar.properties}: no health information.
 */
final class CalendarWords {

  private CalendarWords() {}

  /** The feed's words in the patient's language. */
  static CalendarFeed.Texts of(Language language, String clinicName) {
    Words words = language.words("org.clinicportal.homecare.calendar", CalendarWords.class);
    return new CalendarFeed.Texts(
        words.format("calendarName", clinicName),
        words.format("reminderSummary", clinicName),
        words.format("alarmText", clinicName),
        words.format("reviewTitle", clinicName));
  }
}
