package org.clinicportal.homecare;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.clinicportal.platform.Language;
import org.clinicportal.reminder.CalendarFeed;

/**
 * The words of a calendar feed, from {@code homecare/calendar.properties}: no health information.
 */
final class CalendarWords {

  private CalendarWords() {}

  /** The feed's words in the patient's language. */
  static CalendarFeed.Texts of(Language language, String clinicName) {
    ResourceBundle words =
        language.bundle("org.clinicportal.homecare.calendar", CalendarWords.class);
    return new CalendarFeed.Texts(
        word(words, language, "calendarName", clinicName),
        word(words, language, "reminderSummary", clinicName),
        word(words, language, "alarmText", clinicName),
        word(words, language, "reviewTitle", clinicName));
  }

  private static String word(
      ResourceBundle words, Language language, String key, String clinicName) {
    return new MessageFormat(words.getString(key), language.locale())
        .format(new Object[] {clinicName});
  }
}
