package org.clinicportal.homecare;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.clinicportal.mail.Mail;
import org.clinicportal.mail.MailKind;

/**
 * The mail of home care between visits (reminders, the address check, urgent notices to staff),
 * worded from {@code homecare/mail.properties}: no health information.
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
}
