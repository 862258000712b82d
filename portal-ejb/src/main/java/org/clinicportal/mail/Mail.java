package org.clinicportal.mail;

import java.time.Instant;
import java.util.Objects;
import org.clinicportal.platform.MailAddresses;

/**
 * A message to queue. The cause key names what the message is about (a reminder of one patient at
 * one moment, say), so that queuing the same cause twice sends one message. The subject and body
 * must carry no health information: no condition, no exercise, no pain, no safety answer.
 *
 * <p>A message queued ahead of its time names when it may leave ({@code sendAt}) and a topic under
 * which it is withdrawn until its time ({@link Outbox#withdraw}); without them it leaves as soon as
 * the mail worker comes round.
 */
public record Mail(
    MailKind kind,
    String causeKey,
    String recipient,
    String subject,
    String body,
    String stopLink,
    Instant sendAt,
    String topic) {

  public static final int MAX_CAUSE_KEY = 120;
  public static final int MAX_SUBJECT = 200;
  public static final int MAX_TOPIC = 60;

  /** A message that leaves as soon as it can, under no topic. */
  public Mail(
      MailKind kind,
      String causeKey,
      String recipient,
      String subject,
      String body,
      String stopLink) {
    this(kind, causeKey, recipient, subject, body, stopLink, null, null);
  }

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
    if (topic != null && (topic.isBlank() || topic.length() > MAX_TOPIC)) {
      throw new IllegalArgumentException("A topic is 1 to 60 characters");
    }
  }

  /** The same message, to leave at {@code at} and be withdrawn under {@code topic} until then. */
  public Mail heldUntil(Instant at, String topic) {
    return new Mail(
        kind, causeKey, recipient, subject, body, stopLink, Objects.requireNonNull(at), topic);
  }
}
