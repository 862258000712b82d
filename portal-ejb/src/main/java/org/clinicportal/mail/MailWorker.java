package org.clinicportal.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.BackgroundThreads;
import org.clinicportal.platform.Tenancy;

/**
 * Sends each clinic's due messages every {@code PORTAL_MAIL_SECONDS}, over {@code
 * PORTAL_MAIL_CONNECTIONS} connections at once ({@link MailSender}), one per clinic and batch, the
 * clinics taking turns until none has more due; the messages a batch handed over are marked sent
 * together after it, so a worker that stops mid-batch leaves them claimed, and claimed messages are
 * never sent again (they become uncertain). A message the mail server will never take fails at
 * once; one it cannot take now waits with a pause that doubles; while the server cannot be reached
 * at all, messages wait without using up their attempts. With no mail server set, nothing is sent
 * and messages wait. The connections run on threads of their own at the lowest priority ({@link
 * BackgroundThreads}): pages come first, mail takes the processor time they leave.
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

  /** How long after a whole multiple of the interval the worker runs. */
  static final Duration RUN_OFFSET = Duration.ofSeconds(1);

  @Inject private Clinics clinics;
  @Inject private Outbox outbox;
  @Inject private Tenancy tenancy;
  @Inject private MailSender sender;
  @Resource private TimerService timers;
  @Resource private ManagedThreadFactory managedThreads;

  private MailSettings settings;
  private MailTransport transport;
  private ExecutorService connections;

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
    connections =
        Executors.newFixedThreadPool(
            settings.connections(), new BackgroundThreads(managedThreads, "mail"));
    timers.createIntervalTimer(
        Date.from(firstRun(Instant.now(), settings.interval())),
        settings.interval().toMillis(),
        new TimerConfig("mail worker", false));
    LOG.info(() -> "Mail goes to " + settings + " every " + settings.interval().toSeconds() + " s");
  }

  /**
   * The worker's first run: at least one interval from now, on a whole multiple of the interval
   * (counted from the start of a minute, for intervals that divide one) and a second after it.
   * Reminders are queued ahead of their minute and leave at its first second, rather than up to an
   * interval later.
   */
  static Instant firstRun(Instant now, Duration interval) {
    long every = interval.toMillis();
    long earliest = now.toEpochMilli() + every;
    long aligned = Math.floorDiv(earliest + every - 1, every) * every;
    return Instant.ofEpochMilli(aligned).plus(RUN_OFFSET);
  }

  @PreDestroy
  void stop() {
    if (connections != null) {
      connections.shutdownNow();
    }
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
   * Sends what is due in batches of {@code batch} messages over as many connections at once as the
   * settings allow: each connection takes the active clinics in turn, starting at a different one,
   * and a clinic whose batch was full comes round again, until none has more due, the mail server
   * cannot be reached, or the run has used its time.
   *
   * @return how many messages the mail server accepted
   */
  public int sendDue(int batch) {
    if (transport == null) {
      return 0;
    }
    long ends = System.nanoTime() + settings.interval().multipliedBy(2).toNanos();
    List<Clinic> active = new ArrayList<>();
    for (Clinic clinic : clinics.all()) {
      if (clinic.isActive()) {
        markInterrupted(clinic);
        active.add(clinic);
      }
    }
    if (active.isEmpty()) {
      return 0;
    }
    List<Future<Integer>> running = new ArrayList<>();
    for (int i = 0; i < settings.connections(); i++) {
      List<Clinic> turns = new ArrayList<>(active);
      Collections.rotate(turns, -i);
      running.add(
          connections.submit(() -> sender.sendInTurn(turns, batch, ends, transport, settings)));
    }
    int sent = 0;
    for (Future<Integer> connection : running) {
      try {
        sent += connection.get();
      } catch (ExecutionException failure) {
        LOG.log(Level.WARNING, "A mail connection failed", failure.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return sent;
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
}
