package org.clinicportal.homecare;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.Pace;
import org.clinicportal.platform.ScheduledRuns;
import org.clinicportal.platform.Tenancy;

/**
 * Every hour, looks over each active clinic's running programs for silence and for reviews reached
 * without progress, on the clinic's own date, then queues the daily summaries of alerts that are
 * due (see {@link AlertDigests}). One clinic's failure does not stop the others. It runs at 5 past
 * the hour, or at the minutes {@code PORTAL_ALERT_WATCH_MINUTES} names in a schedule's minute field
 * ({@code 5,35}, {@code *}{@code /10}); each run logs how long it took. However many servers run
 * the portal, each slot is watched once, by the first to claim it ({@link ScheduledRuns}).
 *
 * <p>The watch is background work and yields to requests: it reads a clinic in batches of {@link
 * #BATCH} patients, each batch committed on its own so that no lock or persistence context lasts
 * from one to the next, and after each full batch it rests as long as the batch took ({@link
 * Pace}), so that it never takes more than half of the time of the core it runs on. (A lower thread
 * priority would not do it: the JVM on Linux ignores thread priorities.)
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertWatch {

  private static final Logger LOG = Logger.getLogger(AlertWatch.class.getName());
  private static final String DEFAULT_MINUTES = "5";
  static final String JOB = "alert-watch";

  /**
   * Patients whose running programs one transaction looks over: three queries a batch, and a
   * transaction short enough that requests never queue behind it.
   */
  static final int BATCH = 200;

  @Inject private Clinics clinics;
  @Inject private Alerts alerts;
  @Inject private AlertDigests digests;
  @Inject private Tenancy tenancy;
  @Inject private Clock clock;
  @Inject private ScheduledRuns runs;
  @Resource private TimerService timers;

  @PostConstruct
  void schedule() {
    String minutes = System.getenv("PORTAL_ALERT_WATCH_MINUTES");
    if (minutes != null && !minutes.isBlank()) {
      try {
        start(minutes.strip());
        return;
      } catch (IllegalArgumentException unreadable) {
        LOG.warning(
            () ->
                "PORTAL_ALERT_WATCH_MINUTES is not a schedule's minute field: "
                    + minutes
                    + "; the alert watch runs at "
                    + DEFAULT_MINUTES
                    + " past each hour");
      }
    }
    start(DEFAULT_MINUTES);
  }

  private void start(String minutes) {
    timers.createCalendarTimer(
        new ScheduleExpression().hour("*").minute(minutes), new TimerConfig("alert watch", false));
  }

  @Timeout
  void onSchedule() {
    runIfFirst(ScheduledRuns.slotOf(clock.instant()));
  }

  /**
   * Watches every clinic unless another server of the portal already took this slot.
   *
   * @return whether this server watched
   */
  public boolean runIfFirst(Instant slot) {
    if (!runs.claim(JOB, slot)) {
      LOG.fine(() -> "The alert watch of " + slot + " runs on another server");
      return false;
    }
    watchEveryClinic();
    return true;
  }

  void watchEveryClinic() {
    long started = System.nanoTime();
    int watched = 0;
    int raisedInAll = 0;
    for (Clinic clinic : clinics.all()) {
      if (!clinic.isActive()) {
        continue;
      }
      watched++;
      LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(clinic.getTimeZone())));
      try {
        int raised = watch(clinic.getId(), today, BATCH);
        raisedInAll += raised;
        if (raised > 0) {
          LOG.info(() -> raised + " alerts raised in clinic " + clinic.getCode());
        }
      } catch (RuntimeException failure) {
        LOG.log(Level.WARNING, "Alert watch failed for clinic " + clinic.getCode(), failure);
      }
      try {
        tenancy.callAsClinic(clinic.getId(), digests::queueDue);
      } catch (RuntimeException failure) {
        LOG.log(
            Level.WARNING, "Daily summaries not queued for clinic " + clinic.getCode(), failure);
      }
    }
    LOG.info(
        String.format(
            Locale.ROOT,
            "Alert watch over %d clinics: %d alerts raised in %d ms",
            watched,
            raisedInAll,
            (System.nanoTime() - started) / 1_000_000));
  }

  /**
   * Watches one clinic's running programs in batches of {@code batch} patients, each in a
   * transaction of its own, resting after each batch for as long as it took.
   *
   * @return how many alerts were raised
   */
  public int watch(long clinicId, LocalDate today, int batch) {
    int raised = 0;
    long after = 0;
    Pace pace = Pace.start();
    Alerts.WatchedBatch done;
    do {
      pace.batchStarts();
      long from = after;
      done = tenancy.callAsClinic(clinicId, () -> alerts.watch(today, from, batch));
      raised += done.raised();
      after = done.lastPatientId();
      if (done.programs() == batch && !pace.rest()) {
        throw new IllegalStateException("Alert watch interrupted");
      }
    } while (done.programs() == batch);
    return raised;
  }
}
