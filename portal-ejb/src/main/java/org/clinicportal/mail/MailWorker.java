package org.clinicportal.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.Tenancy;

/**
 * Sends each clinic's due messages every {@code PORTAL_MAIL_SECONDS}, over one connection per
 * clinic and batch, the clinics taking turns until none has more due; the messages a batch handed
 * over are marked sent together after it, so a worker that stops mid-batch leaves them claimed, and
 * claimed messages are never sent again (they become uncertain). A message the mail server will
 * never take fails at once; one it cannot take now waits with a pause that doubles; while the
 * server cannot be reached at all, messages wait without using up their attempts. With no mail
 * server set, nothing is sent and messages wait.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailWorker {

  private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());

  /** Messages claimed at once per clinic. */
  static final int BATCH = 100;

  /** A message claimed longer ago than this belongs to a worker that stopped. */
  static final Duration STALE_CLAIM = Duration.ofMinutes(10);

  @Inject private Clinics clinics;
  @Inject private Outbox outbox;
  @Inject private Tenancy tenancy;
  @Resource private TimerService timers;

  private MailSettings settings;
  private MailTransport transport;

  @PostConstruct
  void start() {
    Optional<MailSettings> configured =
        MailSettings.from(
            System.getenv(), System.getProperty("portal.smtp.password"), LOG::warning);
    if (configured.isEmpty()) {
      LOG.warning("No mail server is set (PORTAL_SMTP_HOST): mail is queued and not sent");
      return;
    }
    settings = configured.get();
    transport = new MailTransport(settings);
    long every = settings.interval().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("mail worker", false));
    LOG.info(() -> "Mail goes to " + settings + " every " + settings.interval().toSeconds() + " s");
  }

  @Timeout
  void onSchedule() {
    sendDue();
  }

  /**
   * Sends what is due in every active clinic; one clinic's trouble does not hold up the others.
   *
   * @return how many messages the mail server accepted
   */
  public int sendDue() {
    return sendDue(BATCH);
  }

  /**
   * Sends what is due in batches of {@code batch} messages: each active clinic sends a batch in
   * turn, and a clinic whose batch was full comes round again, until none has more due, the mail
   * server cannot be reached, or the run has used its time.
   *
   * @return how many messages the mail server accepted
   */
  public int sendDue(int batch) {
    if (transport == null) {
      return 0;
    }
    long ends = System.nanoTime() + settings.interval().multipliedBy(2).toNanos();
    Deque<Clinic> turns = new ArrayDeque<>();
    for (Clinic clinic : clinics.all()) {
      if (clinic.isActive()) {
        markInterrupted(clinic);
        turns.add(clinic);
      }
    }
    int sent = 0;
    while (!turns.isEmpty() && System.nanoTime() < ends) {
      Clinic clinic = turns.poll();
      try {
        Batch done = sendFor(clinic, batch);
        sent += done.accepted();
        if (done.claimed() >= batch && done.reachedServer()) {
          turns.add(clinic);
        }
      } catch (RuntimeException failure) {
        LOG.log(Level.WARNING, "Mail of clinic " + clinic.getCode() + " not sent", failure);
      }
    }
    return sent;
  }

  private void markInterrupted(Clinic clinic) {
    try {
      int interrupted =
          tenancy.callAsClinic(clinic.getId(), () -> outbox.markInterrupted(STALE_CLAIM));
      if (interrupted > 0) {
        LOG.warning(() -> interrupted + " messages of clinic " + clinic.getCode() + " uncertain");
      }
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "Outbox of clinic " + clinic.getCode() + " not read", failure);
    }
  }

  /** What one batch came to: messages claimed, accepted, and whether the server answered. */
  private record Batch(int claimed, int accepted, boolean reachedServer) {}

  private Batch sendFor(Clinic clinic, int batch) {
    long id = clinic.getId();
    List<Outbox.Claimed> due = tenancy.callAsClinic(id, () -> outbox.claimDue(batch));
    if (due.isEmpty()) {
      return new Batch(0, 0, true);
    }
    List<Long> untried = new ArrayList<>(due.stream().map(Outbox.Claimed::id).toList());
    List<Long> accepted = new ArrayList<>();
    boolean reachedServer = true;
    try (MailTransport.Connection connection = transport.connect()) {
      for (Outbox.Claimed mail : due) {
        untried.remove(mail.id());
        try {
          connection.send(mail, clinic.mailSender(), clinic.getMailReplyTo());
          accepted.add(mail.id());
        } catch (AddressException | SendFailedException refused) {
          if (isPermanent(refused)) {
            tenancy.callAsClinic(id, () -> refused(mail, refused));
          } else {
            tenancy.callAsClinic(id, () -> deferred(mail, refused));
          }
        } catch (MessagingException broken) {
          tenancy.callAsClinic(id, () -> deferred(mail, broken));
          throw broken;
        }
      }
    } catch (MessagingException unreachable) {
      reachedServer = false;
      LOG.warning(
          () ->
              "Mail server "
                  + settings
                  + " failed for clinic "
                  + clinic.getCode()
                  + ": "
                  + unreachable.getMessage()
                  + "; "
                  + untried.size()
                  + " messages wait");
    } finally {
      if (!accepted.isEmpty()) {
        tenancy.callAsClinic(id, () -> outbox.delivered(accepted));
      }
      if (!untried.isEmpty()) {
        tenancy.callAsClinic(id, () -> outbox.release(untried));
      }
    }
    return new Batch(due.size(), accepted.size(), reachedServer);
  }

  private boolean isPermanent(MessagingException refused) {
    if (refused instanceof AddressException) {
      return true;
    }
    SendFailedException failed = (SendFailedException) refused;
    return failed.getInvalidAddresses() != null
        && failed.getInvalidAddresses().length > 0
        && (failed.getValidUnsentAddresses() == null
            || failed.getValidUnsentAddresses().length == 0);
  }

  private Void refused(Outbox.Claimed mail, MessagingException reason) {
    outbox.refused(mail.id(), reason.getMessage());
    return null;
  }

  private Void deferred(Outbox.Claimed mail, MessagingException reason) {
    outbox.deferred(
        mail.id(),
        reason.getMessage(),
        settings.pauseAfter(mail.attempts()),
        settings.maxAttempts());
    return null;
  }
}
