package org.clinicportal.homecare;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.Tenancy;

/**
 * Every hour, looks over each active clinic's running programs for silence and for reviews reached
 * without progress, on the clinic's own date. One clinic's failure does not stop the others.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertWatch {

  private static final Logger LOG = Logger.getLogger(AlertWatch.class.getName());

  @Inject private Clinics clinics;
  @Inject private Alerts alerts;
  @Inject private Tenancy tenancy;
  @Inject private Clock clock;

  @Schedule(hour = "*", minute = "5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void everyHour() {
    for (Clinic clinic : clinics.all()) {
      if (!clinic.isActive()) {
        continue;
      }
      LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(clinic.getTimeZone())));
      try {
        int raised = tenancy.callAsClinic(clinic.getId(), () -> alerts.watch(today));
        if (raised > 0) {
          LOG.info(() -> raised + " alerts raised in clinic " + clinic.getCode());
        }
      } catch (RuntimeException failure) {
        LOG.log(Level.WARNING, "Alert watch failed for clinic " + clinic.getCode(), failure);
      }
    }
  }
}
