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
import java.util.concurrent.RejectedExecutionException;
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

  /**
   * The longest one run goes on while rounds end with mail still due; the next run takes up what is
   * left.
   */
  static final Duration LONGEST_RUN = Duration.ofMinutes(5);

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
    return transport == null ? 0 : sendDue(BATCH, settings.interval());
  }

  /**
   * Sends what is due in rounds of about {@code round}, in batches of {@code batch} messages over
   * as many connections at once as the settings allow. In a round each connection takes the active
   * clinics in turn, starting at a different one, and a clinic whose batch was full comes round
   * again, until none has more due, the mail server cannot be reached, or the round's time is up. A
   * round that ends with mail still due is followed by the next at once, with the clinics read
   * afresh, so a burst of reminders goes out without waiting for the next interval, and another
   * clinic's mail that came due meanwhile (an urgent notice) waits one round at most. The run ends
   * when a round leaves nothing due, or after {@link #LONGEST_RUN}.
   *
   * @return how many messages the mail server accepted
   */
  public int sendDue(int batch, Duration round) {
    if (transport == null) {
      return 0;
    }
    long runEnds = System.nanoTime() + LONGEST_RUN.toNanos();
    int sent = 0;
    boolean unfinished = true;
    while (unfinished && System.nanoTime() < runEnds && !connections.isShutdown()) {
      MailSender.Turns done = sendRound(batch, System.nanoTime() + round.toNanos());
      sent += done.accepted();
      unfinished = done.unfinished();
    }
    return sent;
  }

  private MailSender.Turns sendRound(int batch, long ends) {
    List<Clinic> active = new ArrayList<>();
    for (Clinic clinic : clinics.all()) {
      if (clinic.isActive()) {
        markInterrupted(clinic);
        active.add(clinic);
      }
    }
    if (active.isEmpty()) {
      return new MailSender.Turns(0, false);
    }
    List<Future<MailSender.Turns>> running = new ArrayList<>();
    try {
      for (int i = 0; i < settings.connections(); i++) {
        List<Clinic> turns = new ArrayList<>(active);
        Collections.rotate(turns, -i);
        running.add(
            connections.submit(() -> sender.sendInTurn(turns, batch, ends, transport, settings)));
      }
    } catch (RejectedExecutionException stopping) {
      running.forEach(connection -> connection.cancel(true));
      return new MailSender.Turns(0, false);
    }
    int sent = 0;
    boolean unfinished = false;
    for (Future<MailSender.Turns> connection : running) {
      try {
        MailSender.Turns done = connection.get();
        sent += done.accepted();
        unfinished |= done.unfinished();
      } catch (ExecutionException failure) {
        LOG.log(Level.WARNING, "A mail connection failed", failure.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new MailSender.Turns(sent, false);
      }
    }
    return new MailSender.Turns(sent, unfinished);
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
