package org.clinicportal.mail;

import java.util.Objects;
import org.clinicportal.platform.MailAddresses;

/**
 * A message to queue. The cause key names what the message is about (a reminder of one patient at
 * one moment, say), so that queuing the same cause twice sends one message. The subject and body
 * must carry no health information: no condition, no exercise, no pain, no safety answer.
 */
public record Mail(
    MailKind kind,
    String causeKey,
    String recipient,
    String subject,
    String body,
    String stopLink) {

  public static final int MAX_CAUSE_KEY = 120;
  public static final int MAX_SUBJECT = 200;

  public Mail {
    Objects.requireNonNull(kind);
    if (causeKey == null || causeKey.isBlank() || causeKey.length() > MAX_CAUSE_KEY) {
      throw new IllegalArgumentException("A message needs a cause key of 1 to 120 characters");
    }
    if (!MailAddresses.isPlausible(recipient)) {
      throw new IllegalArgumentException("Not an address mail can be sent to");
    }
    if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
      throw new IllegalArgumentException("A message needs a subject of 1 to 200 characters");
    }
    if (subject.contains("\n") || subject.contains("\r")) {
      throw new IllegalArgumentException("A subject is one line");
    }
    Objects.requireNonNull(body);
  }
}
