package org.clinicportal.homecare;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.clinicportal.reminder.CalendarFeed;

/**
 * The words of a calendar feed, from {@code homecare/calendar.properties}: no health information.
 */
final class CalendarWords {

  private static final ResourceBundle WORDS =
      ResourceBundle.getBundle("org.clinicportal.homecare.calendar", Locale.ENGLISH);

  private CalendarWords() {}

  static CalendarFeed.Texts of(String clinicName) {
    return new CalendarFeed.Texts(
        word("calendarName", clinicName),
        word("reminderSummary", clinicName),
        word("alarmText", clinicName),
        word("reviewTitle", clinicName));
  }

  private static String word(String key, String clinicName) {
    return new MessageFormat(WORDS.getString(key), Locale.ENGLISH)
        .format(new Object[] {clinicName});
  }
}
