package org.clinicportal.exchange;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.Tenancy;

/**
 * Every hour, in each clinic, removes the Bulk Data exports finished more than a day ago with their
 * files, and fails an export that stopped moving (its server stopped while it ran) so that its
 * client may start another.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportTidying {

  private static final Logger LOG = Logger.getLogger(ExportTidying.class.getName());

  @Inject private Clinics clinics;
  @Inject private Tenancy tenancy;
  @Inject private ExportJobs jobs;
  @Inject private ExportFiles files;

  @Schedule(hour = "*", minute = "40", persistent = false)
  public void tidyEveryClinic() {
    for (Clinic clinic : clinics.all()) {
      try {
        tenancy.callAsClinic(clinic.getId(), jobs::tidy).forEach(files::delete);
      } catch (RuntimeException failure) {
        LOG.log(Level.WARNING, "Exports not tidied in clinic " + clinic.getCode(), failure);
      }
    }
  }
}
