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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.Tenancy;

/**
 * Every hour, looks over each active clinic's running programs for silence and for reviews reached
 * without progress, on the clinic's own date, then queues the daily summaries of alerts that are
 * due (see {@link AlertDigests}). One clinic's failure does not stop the others. It runs at 5 past
 * the hour, or at the minutes {@code PORTAL_ALERT_WATCH_MINUTES} names in a schedule's minute field
 * ({@code 5,35}, {@code *}{@code /10}); each run logs how long it took.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertWatch {

  private static final Logger LOG = Logger.getLogger(AlertWatch.class.getName());
  private static final String DEFAULT_MINUTES = "5";

  @Inject private Clinics clinics;
  @Inject private Alerts alerts;
  @Inject private AlertDigests digests;
  @Inject private Tenancy tenancy;
  @Inject private Clock clock;
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
        int raised = tenancy.callAsClinic(clinic.getId(), () -> alerts.watch(today));
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
}
