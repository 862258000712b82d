package org.clinicportal.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Hands messages to the mail server over one SMTP connection per batch. Every message is plain text
 * in UTF-8, marked as sent automatically, and carries its stop link as {@code List-Unsubscribe}
 * with one-click unsubscription (RFC 8058) when it has one.
 */
public final class MailTransport {

  /** The system property Jakarta Mail reads first when it looks for its stream provider. */
  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  /** The stream provider of Angus Mail, the Jakarta Mail implementation Payara ships. */
  static final String ANGUS_STREAMS = "org.eclipse.angus.mail.util.MailStreamProvider";

  private final MailSettings settings;
  private final Session session;

  public MailTransport(MailSettings settings) {
    this.settings = settings;
    nameTheStreamProvider();
    Properties properties = new Properties();
    String timeout = Long.toString(settings.timeout().toMillis());
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", Integer.toString(settings.port()));
    properties.put("mail.smtp.connectiontimeout", timeout);
    properties.put("mail.smtp.timeout", timeout);
    properties.put("mail.smtp.writetimeout", timeout);
    properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    properties.put("mail.smtp.auth", Boolean.toString(settings.user() != null));
    jakarta.mail.Authenticator authenticator =
        settings.user() == null
            ? null
            : new jakarta.mail.Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(
                    settings.user(), settings.password() == null ? "" : settings.password());
              }
            };
    this.session = Session.getInstance(properties, authenticator);
  }

  /**
   * Names Angus Mail's stream provider in the system property Jakarta Mail reads first. Without it,
   * Jakarta Mail 2.1 looks the provider up with a service loader several times for every message it
   * writes, and in an EAR that lookup walks every library of the application: it took 70 % of the
   * mail worker's processor time in the benchmark's reminder minute. A provider named already (by
   * the server's own settings) is left as it is, and so is the lookup where Angus Mail is missing.
   */
  private static void nameTheStreamProvider() {
    if (System.getProperty(STREAM_PROVIDER) != null) {
      return;
    }
    try {
      Class.forName(ANGUS_STREAMS, false, Thread.currentThread().getContextClassLoader());
      System.setProperty(STREAM_PROVIDER, ANGUS_STREAMS);
    } catch (ClassNotFoundException notShipped) {
      // another implementation: Jakarta Mail finds it by its service entry
    }
  }

  /** Opens a connection to the mail server; close it when the batch is sent. */
  public Connection connect() throws MessagingException {
    Transport transport = session.getTransport("smtp");
    transport.connect();
    return new Connection(transport);
  }

  /** One open connection to the mail server. */
  public final class Connection implements AutoCloseable {
    private final Transport transport;

    private Connection(Transport transport) {
      this.transport = transport;
    }

    /**
     * Sends one message in the name of {@code senderName} (the clinic), with replies going to
     * {@code replyTo} when there is one.
     */
    public void send(Outbox.Claimed mail, String senderName, String replyTo)
        throws MessagingException {
      MimeMessage message = new MimeMessage(session);
      try {
        message.setFrom(
            new InternetAddress(settings.from(), senderName, StandardCharsets.UTF_8.name()));
      } catch (UnsupportedEncodingException e) {
        throw new IllegalStateException("UTF-8 is always supported", e);
      }
      message.setRecipients(
          Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
      if (replyTo != null) {
        message.setReplyTo(InternetAddress.parse(replyTo, true));
      }
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.setHeader("Auto-Submitted", "auto-generated");
      if (mail.stopLink() != null) {
        message.setHeader("List-Unsubscribe", "<" + mail.stopLink() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      }
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() throws MessagingException {
      transport.close();
    }
  }
}
