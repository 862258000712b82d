package org.clinicportal.exercise;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.Tenancy;

/**
 * Gives every clinic the built-in routines it lacks at start-up, so that routines added to the
 * catalogue reach clinics opened before them. New clinics get them when they are opened ({@link
 * ClinicLibraries}).
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BuiltInExercises {

  private static final Logger LOG = Logger.getLogger(BuiltInExercises.class.getName());

  @Inject private Clinics clinics;
  @Inject private ExerciseLibrary library;
  @Inject private Tenancy tenancy;

  /** Each clinic in a transaction of its own: a transaction belongs to one clinic. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void giveEveryClinicTheCatalogue() {
    for (Clinic clinic : clinics.all()) {
      int added = tenancy.callAsClinic(clinic.getId(), library::addMissingBuiltIns);
      if (added > 0) {
        LOG.info(() -> added + " built-in exercises added to clinic " + clinic.getCode());
      }
    }
  }
}
