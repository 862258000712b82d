package org.clinicportal.homecare;

import org.clinicportal.mail.Mail;
import org.clinicportal.mail.MailKind;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Words;

/**
 * The mail of home care between visits (reminders, the weekly check-in, the address check, urgent
 * notices to staff), worded from {@code homecare/mail.properties} in the reader's language: no
 * health information.
 */
final class CareMail {

  private static final String BUNDLE = "org.clinicportal.homecare.mail";

  private final Words words;

  private CareMail(Language language) {
    this.words = language.words(BUNDLE, CareMail.class);
  }

  /** The mail worded in a language: the patient's for a patient, the clinic's for its staff. */
  static CareMail in(Language language) {
    return new CareMail(language);
  }

  Mail of(
      MailKind kind, String causeKey, String to, String clinicName, String link, String stopLink) {
    String body =
        words.format(kind.name() + ".body", clinicName, link, stopLink == null ? "" : stopLink);
    return new Mail(kind, causeKey, to, words.text(kind.name() + ".subject"), body, stopLink);
  }

  /** An urgent notice to the clinic's own address rather than to the patient's therapist. */
  Mail urgentToClinic(String causeKey, String to, String clinicName, String link) {
    String body = words.format("URGENT_ALERT.clinic.body", clinicName, link);
    return new Mail(
        MailKind.URGENT_ALERT, causeKey, to, words.text("URGENT_ALERT.subject"), body, null);
  }

  /** The daily summary: how many alerts are new since the day before and how many are open. */
  Mail digest(String causeKey, String to, String clinicName, long raised, long open, String link) {
    String body = words.format("DAILY_DIGEST.body", clinicName, raised, open, link);
    return new Mail(
        MailKind.DAILY_DIGEST, causeKey, to, words.text("DAILY_DIGEST.subject"), body, null);
  }

  /**
   * The weekly check-in: one link per answer to how many days, each opening the page that asks what
   * got in the way with that answer chosen.
   */
  Mail checkIn(String causeKey, String to, String clinicName, String answer, String stop) {
    StringBuilder choices = new StringBuilder();
    for (int days = 0; days <= CheckIn.MAX_DAYS; days++) {
      choices.append(words.format("CHECK_IN.day", days, answer + "&days=" + days)).append('\n');
    }
    String body = words.format("CHECK_IN.body", clinicName, answer, stop, choices.toString());
    return new Mail(MailKind.CHECK_IN, causeKey, to, words.text("CHECK_IN.subject"), body, stop);
  }
}
