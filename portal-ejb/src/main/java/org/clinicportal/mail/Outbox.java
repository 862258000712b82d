package org.clinicportal.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.clinicportal.platform.PlainSql;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;

/**
 * The bound clinic's outbox. Messages are queued in the caller's transaction and sent by {@link
 * MailWorker}, which claims a batch in a transaction of its own before sending, and records each
 * outcome in another, so that a message is never handed to the mail server twice.
 */
@Stateless
@TenantBound
public class Outbox {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /** The most rows the delivery log shows. */
  public static final int MAX_LOG = 500;

  @Inject private Clock clock;
  @Inject private Tenancy tenancy;

  /**
   * Queues a message in the caller's transaction, unless one for the same cause was queued before
   * (whatever became of it).
   *
   * @return whether the message was queued now
   */
  public boolean queue(@NotNull Mail mail) {
    return queueAll(List.of(mail)) == 1;
  }

  /**
   * Queues messages in the caller's transaction with one statement, each unless one for the same
   * cause was queued before: the reminder job queues a batch of patients' messages at once. A
   * message held until a later time waits for it.
   *
   * @return how many were queued now
   */
  public int queueAll(@NotNull List<Mail> mails) {
    if (mails.isEmpty()) {
      return 0;
    }
    return PlainSql.of(
            em,
            "insert into outbound_mail (tenant_id, id, kind, cause_key, recipient, subject, body,"
                + " stop_link, topic, status, attempts, queued_at, next_attempt_at)"
                + " select (select portal_bound_clinic()), nextval('portal_id_seq'), m.kind,"
                + " m.cause_key, m.recipient, m.subject, m.body, m.stop_link, m.topic, 'QUEUED', 0, ?9,"
                + " greatest(?9, cast(m.send_at as timestamptz))"
                + " from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]),"
                + " cast(?4 as text[]), cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]),"
                + " cast(?8 as text[]))"
                + " as m (kind, cause_key, recipient, subject, body, stop_link, topic, send_at)"
                + " on conflict (tenant_id, cause_key) do nothing")
        .setParameter(1, column(mails, mail -> mail.kind().name()))
        .setParameter(2, column(mails, Mail::causeKey))
        .setParameter(3, column(mails, mail -> mail.recipient().strip()))
        .setParameter(4, column(mails, Mail::subject))
        .setParameter(5, column(mails, Mail::body))
        .setParameter(6, column(mails, Mail::stopLink))
        .setParameter(7, column(mails, Mail::topic))
        .setParameter(
            8, column(mails, mail -> mail.sendAt() == null ? null : mail.sendAt().toString()))
        .setParameter(9, now())
        .executeUpdate();
  }

  /**
   * Withdraws the messages under a topic whose time has not come yet: what was queued ahead for a
   * patient whose choices or record changed since. A message whose time has come is the mail
   * worker's, as is one waiting to be tried again; those being sent or gone stay as they are.
   *
   * @return how many were withdrawn
   */
  public int withdraw(@NotNull String topic) {
    return PlainSql.of(
            em,
            "delete from outbound_mail where tenant_id = (select portal_bound_clinic())"
                + " and topic = ?1 and status = 'QUEUED' and attempts = 0 and next_attempt_at > ?2")
        .setParameter(1, topic)
        .setParameter(2, now())
        .executeUpdate();
  }

  /**
   * Withdraws, as {@link #withdraw} does, the messages under every topic that starts with {@code
   * prefix}: the held notices of one patient that each have a topic of their own.
   *
   * @return how many were withdrawn
   */
  public int withdrawUnder(@NotNull String prefix) {
    return PlainSql.of(
            em,
            "delete from outbound_mail where tenant_id = (select portal_bound_clinic())"
                + " and starts_with(topic, ?1) and status = 'QUEUED' and attempts = 0"
                + " and next_attempt_at > ?2")
        .setParameter(1, prefix)
        .setParameter(2, now())
        .executeUpdate();
  }

  private static String[] column(List<Mail> mails, Function<Mail, String> value) {
    return mails.stream().map(value).toArray(String[]::new);
  }

  /** The message queued for a cause, if any. */
  public Optional<OutboundMail> ofCause(String causeKey) {
    return em.createNamedQuery("OutboundMail.byCause", OutboundMail.class)
        .setParameter("causeKey", causeKey)
        .getResultStream()
        .findFirst();
  }

  /**
   * The clinic's delivery log for its administrator: the latest messages, newest first.
   *
   * @throws RecordException {@code access.refused} for anyone but a clinic administrator
   */
  public List<OutboundMail> deliveryLog(int max) throws RecordException {
    tenancy.requireRole(Role.CLINIC_ADMIN);
    return latest(Math.max(1, Math.min(max, MAX_LOG)));
  }

  /** The latest messages, newest first, for the delivery log. */
  public List<OutboundMail> latest(int max) {
    return em.createNamedQuery("OutboundMail.latest", OutboundMail.class)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The claim of up to {@code ?2} messages due at {@code ?1}. The messages are picked once, in a
   * materialized step: a locking pick with a limit written as {@code id in (select ... limit n for
   * update skip locked)} may be run again for every row the update looks at, when the planner
   * chooses such a join, and each run then locks and claims the next messages; a clinic with 69,000
   * messages queued had one claim of 100 run for minutes and lock tens of thousands.
   */
  static final String CLAIM_DUE =
      "with due as materialized ("
          + " select id from outbound_mail where tenant_id = (select portal_bound_clinic())"
          + " and status = 'QUEUED' and next_attempt_at <= ?1"
          + " order by next_attempt_at, id limit ?2 for update skip locked)"
          + " update outbound_mail m set status = 'SENDING', attempts = m.attempts + 1,"
          + " claimed_at = ?1"
          + " from due where m.tenant_id = (select portal_bound_clinic()) and m.id = due.id"
          + " returning m.id, m.kind, m.recipient, m.subject, m.body, m.stop_link, m.attempts";

  /**
   * Claims up to {@code max} messages whose time has come, oldest first, and commits the claim
   * before any is sent. Messages another worker has claimed meanwhile are skipped, not waited for.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Claimed> claimDue(int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        PlainSql.of(em, CLAIM_DUE).setParameter(1, now()).setParameter(2, max).getResultList();
    return rows.stream()
        .map(
            row ->
                new Claimed(
                    ((Number) row[0]).longValue(),
                    MailKind.valueOf((String) row[1]),
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    ((Number) row[6]).intValue()))
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .toList();
  }

  /**
   * The mail server accepted these claimed messages; marked together, after the batch they were
   * sent in.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int delivered(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    return PlainSql.of(
            em,
            "update outbound_mail set status = 'SENT', sent_at = ?1, last_error = null"
                + " where tenant_id = (select portal_bound_clinic()) and status = 'SENDING'"
                + " and id = any (?2)")
        .setParameter(1, now())
        .setParameter(2, ids.toArray(Long[]::new))
        .executeUpdate();
  }

  /** A claimed message waits for another attempt after a pause, or fails out of attempts. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deferred(long id, String error, Duration pause, int maxAttempts) {
    claimed(id).deferred(error, now(), pause, maxAttempts);
  }

  /** A claimed message that the mail server will never take. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(long id, String error) {
    claimed(id).refused(error);
  }

  /**
   * Gives back claimed messages that were never handed to the mail server (the server went away
   * before their turn), without counting the attempt.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int release(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    return PlainSql.of(
            em,
            "update outbound_mail set status = 'QUEUED', attempts = attempts - 1, claimed_at = null"
                + " where tenant_id = (select portal_bound_clinic()) and status = 'SENDING'"
                + " and id = any (?1)")
        .setParameter(1, ids.toArray(Long[]::new))
        .executeUpdate();
  }

  /**
   * Marks messages claimed longer ago than {@code stale} as uncertain: their worker stopped while
   * sending, so they may have gone, and they are not sent again.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int markInterrupted(Duration stale) {
    return PlainSql.of(
            em,
            "update outbound_mail set status = 'UNCERTAIN',"
                + " last_error = 'the sending stopped before its outcome was recorded'"
                + " where tenant_id = (select portal_bound_clinic()) and status = 'SENDING'"
                + " and claimed_at < ?1")
        .setParameter(1, now().minus(stale))
        .executeUpdate();
  }

  private OutboundMail claimed(long id) {
    OutboundMail mail = em.find(OutboundMail.class, id);
    if (mail == null) {
      throw new IllegalStateException("No message " + id + " in the bound clinic's outbox");
    }
    return mail;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** A message claimed for sending, as the worker hands it to the mail server. */
  public record Claimed(
      long id,
      MailKind kind,
      String recipient,
      String subject,
      String body,
      String stopLink,
      int attempts) {}
}
