package org.clinicportal.homecare;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.Tenancy;

/**
 * Every minute, queues the mail of each active clinic's reminders whose time has come, a batch of
 * patients per clinic in a transaction of its own; the mail worker sends them.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderJob {

  private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

  /** Patients whose reminders one transaction moves on. */
  static final int BATCH = 500;

  @Inject private Clinics clinics;
  @Inject private Reminders reminders;
  @Inject private Tenancy tenancy;
  @Resource private TimerService timers;

  @PostConstruct
  void schedule() {
    timers.createCalendarTimer(
        new ScheduleExpression().hour("*").minute("*"), new TimerConfig("reminders", false));
  }

  @Timeout
  void onSchedule() {
    queueDue();
  }

  /**
   * Queues what is due in every active clinic; one clinic's failure does not stop the others.
   *
   * @return how many messages were queued
   */
  public int queueDue() {
    int queued = 0;
    for (Clinic clinic : clinics.all()) {
      if (clinic.isActive()) {
        try {
          queued += tenancy.callAsClinic(clinic.getId(), () -> reminders.queueDue(BATCH));
        } catch (RuntimeException failure) {
          LOG.log(
              Level.WARNING, "Reminders of clinic " + clinic.getCode() + " not queued", failure);
        }
      }
    }
    return queued;
  }
}
