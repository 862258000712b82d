package org.clinicportal.patient;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.security.UserAccount;

/** Reads of the bound clinic's patients: by id, by account, and the signed-in patient's own. */
@Stateless
@TenantBound
public class Patients {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;

  /**
   * The patient with this id in the bound clinic; empty for an unknown id or another clinic's
   * patient.
   */
  public Optional<Patient> find(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  /** The record of the patient who signs in with this account. */
  public Optional<Patient> ofAccount(long accountId) {
    return em.createNamedQuery("Patient.findByAccount", Patient.class)
        .setParameter("accountId", accountId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The record of the signed-in patient: the one their account belongs to, so that no id a patient
   * sends can lead to another patient's record.
   *
   * @throws RecordException refused to anyone but a patient, or {@code homecare.noRecord} for a
   *     patient's account without a record
   */
  public Patient signedIn() throws RecordException {
    ClinicPrincipal caller = tenancy.requireRole(Role.PATIENT);
    return ofAccount(caller.accountId())
        .orElseThrow(() -> new RecordException("homecare.noRecord"));
  }

  /**
   * The language the signed-in person reads the portal in: their own choice (a patient's on their
   * record, a staff member's on their account), else the clinic's.
   */
  public Language languageOfCaller() {
    Language clinic = clinicLanguage();
    if (!tenancy.callerHolds(Role.PATIENT)) {
      return tenancy
          .caller()
          .map(caller -> em.find(UserAccount.class, caller.accountId()))
          .map(account -> account.languageOr(clinic))
          .orElse(clinic);
    }
    return tenancy
        .caller()
        .flatMap(caller -> ofAccount(caller.accountId()))
        .map(patient -> patient.languageOr(clinic))
        .orElse(clinic);
  }

  /** The bound clinic's language, in which its staff write and its patients read by default. */
  public Language clinicLanguage() {
    return em.find(Clinic.class, tenancy.currentClinicId()).getLanguage();
  }

  /**
   * The signed-in patient's own choice of language; none goes back to the clinic's.
   *
   * @return the language the patient now reads the portal in
   * @throws RecordException refused to anyone but a patient
   */
  public Language chooseOwnLanguage(Language language) throws RecordException {
    Patient patient = signedIn();
    patient.chooseLanguage(language);
    return patient.languageOr(clinicLanguage());
  }

  public long count() {
    return em.createNamedQuery("Patient.count", Long.class).getSingleResult();
  }
}
