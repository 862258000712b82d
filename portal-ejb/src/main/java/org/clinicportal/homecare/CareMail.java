package org.clinicportal.homecare;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.clinicportal.mail.Mail;
import org.clinicportal.mail.MailKind;

/**
 * The mail of home care between visits (reminders, the weekly check-in, the address check, urgent
 * notices to staff), worded from {@code homecare/mail.properties}: no health information.
 */
final class CareMail {

  private static final ResourceBundle WORDS =
      ResourceBundle.getBundle("org.clinicportal.homecare.mail", Locale.ENGLISH);

  private CareMail() {}

  static Mail of(
      MailKind kind, String causeKey, String to, String clinicName, String link, String stopLink) {
    String body =
        new MessageFormat(WORDS.getString(kind.name() + ".body"), Locale.ENGLISH)
            .format(new Object[] {clinicName, link, stopLink == null ? "" : stopLink});
    return new Mail(kind, causeKey, to, WORDS.getString(kind.name() + ".subject"), body, stopLink);
  }

  /** An urgent notice to the clinic's own address rather than to the patient's therapist. */
  static Mail urgentToClinic(String causeKey, String to, String clinicName, String link) {
    String body =
        new MessageFormat(WORDS.getString("URGENT_ALERT.clinic.body"), Locale.ENGLISH)
            .format(new Object[] {clinicName, link});
    return new Mail(
        MailKind.URGENT_ALERT, causeKey, to, WORDS.getString("URGENT_ALERT.subject"), body, null);
  }

  /** The daily summary: how many alerts are new since the day before and how many are open. */
  static Mail digest(
      String causeKey, String to, String clinicName, long raised, long open, String link) {
    String body =
        new MessageFormat(WORDS.getString("DAILY_DIGEST.body"), Locale.ENGLISH)
            .format(new Object[] {clinicName, raised, open, link});
    return new Mail(
        MailKind.DAILY_DIGEST, causeKey, to, WORDS.getString("DAILY_DIGEST.subject"), body, null);
  }

  /**
   * The weekly check-in: one link per answer to how many days, each opening the page that asks what
   * got in the way with that answer chosen.
   */
  static Mail checkIn(String causeKey, String to, String clinicName, String answer, String stop) {
    StringBuilder choices = new StringBuilder();
    MessageFormat day = new MessageFormat(WORDS.getString("CHECK_IN.day"), Locale.ENGLISH);
    for (int days = 0; days <= CheckIn.MAX_DAYS; days++) {
      choices.append(day.format(new Object[] {days, answer + "&days=" + days})).append('\n');
    }
    String body =
        new MessageFormat(WORDS.getString("CHECK_IN.body"), Locale.ENGLISH)
            .format(new Object[] {clinicName, answer, stop, choices.toString()});
    return new Mail(
        MailKind.CHECK_IN, causeKey, to, WORDS.getString("CHECK_IN.subject"), body, stop);
  }
}
