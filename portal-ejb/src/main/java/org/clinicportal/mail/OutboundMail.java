package org.clinicportal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.platform.MailAddresses;

/**
 * One message of the outbox, as the delivery log shows it. Rows are written by {@link Outbox},
 * which keeps one message per cause; the entity guards how a claimed message ends.
 */
@Entity
@Table(name = "outbound_mail")
@NamedQuery(
    name = "OutboundMail.latest",
    query = "select m from OutboundMail m order by m.queuedAt desc, m.id desc")
@NamedQuery(
    name = "OutboundMail.byCause",
    query = "select m from OutboundMail m where m.causeKey = :causeKey")
public class OutboundMail extends ClinicOwned {

  /** The longest error text kept; the mail server's answers can be long. */
  static final int MAX_ERROR = 300;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private MailKind kind;

  @Column(name = "cause_key", nullable = false, updatable = false)
  private String causeKey;

  @Column(name = "recipient", nullable = false, updatable = false)
  private String recipient;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "stop_link", updatable = false)
  private String stopLink;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private MailStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "queued_at", nullable = false, updatable = false)
  private OffsetDateTime queuedAt;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "claimed_at")
  private OffsetDateTime claimedAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboundMail() {}

  /**
   * The mail server could not take the message now: it waits for another attempt after a pause, or
   * fails once it has had its attempts.
   */
  void deferred(String error, OffsetDateTime at, Duration pause, int maxAttempts) {
    requireSending();
    lastError = shortened(error);
    if (attempts >= maxAttempts) {
      status = MailStatus.FAILED;
    } else {
      status = MailStatus.QUEUED;
      nextAttemptAt = at.plus(pause);
    }
  }

  /** The mail server will never take the message (an address it refuses, say). */
  void refused(String error) {
    requireSending();
    status = MailStatus.FAILED;
    lastError = shortened(error);
  }

  private void requireSending() {
    if (status != MailStatus.SENDING) {
      throw new IllegalStateException("Only a message being sent can end; this one is " + status);
    }
  }

  private static String shortened(String error) {
    String text = error == null || error.isBlank() ? "no reason given" : error.strip();
    text = text.replaceAll("\\s+", " ");
    return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
  }

  public MailKind getKind() {
    return kind;
  }

  public String getCauseKey() {
    return causeKey;
  }

  public String getRecipient() {
    return recipient;
  }

  /** The recipient as the delivery log shows it. */
  public String getMaskedRecipient() {
    return MailAddresses.masked(recipient);
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getStopLink() {
    return stopLink;
  }

  public MailStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public OffsetDateTime getQueuedAt() {
    return queuedAt;
  }

  public OffsetDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public OffsetDateTime getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }

  /** Queued again after a failed attempt. */
  public boolean isRetrying() {
    return status == MailStatus.QUEUED && attempts > 0;
  }
}
