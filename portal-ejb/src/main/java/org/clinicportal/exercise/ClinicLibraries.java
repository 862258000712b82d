package org.clinicportal.exercise;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.clinicportal.clinic.ClinicOpened;
import org.clinicportal.clinic.ClinicRemoving;
import org.clinicportal.platform.Tenancy;

/**
 * Keeps each clinic's exercise library in step with the register of clinics: a clinic that opens
 * gets the built-in routines, and one being removed loses its library first. Both run in the
 * transaction that changes the register.
 */
@Stateless
public class ClinicLibraries {

  @Inject private ExerciseLibrary library;
  @Inject private Tenancy tenancy;

  public void fill(@Observes ClinicOpened opened) {
    tenancy.callAsClinic(opened.clinicId(), library::addMissingBuiltIns);
  }

  public void empty(@Observes ClinicRemoving removing) {
    tenancy.callAsClinic(removing.clinicId(), library::removeAll);
  }
}
