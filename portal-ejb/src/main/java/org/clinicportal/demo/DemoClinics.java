package org.clinicportal.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.clinic.Therapists;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.security.Role;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.security.WeakPasswordException;

/**
 * The people of each demonstration clinic, written through the portal's own services in one
 * transaction.
 */
@Stateless
@TenantBound
public class DemoClinics {

  @Inject private UserAccounts accounts;
  @Inject private Therapists therapists;
  @Inject private PatientRecords records;

  public void fillDemo() throws WeakPasswordException, RecordException {
    accounts.open("admin", "Avery Morgan", Role.CLINIC_ADMIN, DemoData.PASSWORD);
    Therapist dana =
        therapist("therapist", "Dana Whitfield", Profession.PHYSICAL_THERAPIST, "PT-40211");
    Therapist sam = therapist("therapist2", "Sam Okafor", Profession.CHIROPRACTOR, "DC-11873");
    patientWithAccount(
        "patient", "D-0001", "Jordan", "Lee", LocalDate.of(1986, 4, 12), Sex.FEMALE, dana);
    patientWithAccount(
        "patient2", "D-0002", "Riley", "Chen", LocalDate.of(1979, 9, 3), Sex.MALE, sam);
    patient("D-0003", "Priya", "Natarajan", LocalDate.of(1991, 1, 27), Sex.FEMALE, dana);
    patient("D-0004", "Tomasz", "Kowalski", LocalDate.of(1964, 6, 8), Sex.MALE, dana);
    patient("D-0005", "Elena", "Vargas", LocalDate.of(2001, 11, 19), Sex.FEMALE, sam);
  }

  public void fillNorthside() throws WeakPasswordException, RecordException {
    Therapist morgan =
        therapist("therapist", "Morgan Blake", Profession.MASSAGE_THERAPIST, "LMT-5521");
    patientWithAccount(
        "patient", "N-0001", "Casey", "Novak", LocalDate.of(1990, 2, 14), Sex.OTHER, morgan);
    patient("N-0002", "Harper", "Quinn", LocalDate.of(1972, 7, 30), Sex.FEMALE, morgan);
  }

  private Therapist therapist(String username, String name, Profession profession, String licence)
      throws WeakPasswordException {
    UserAccount account = accounts.open(username, name, Role.THERAPIST, DemoData.PASSWORD);
    return therapists.register(new Therapist(account, profession, licence));
  }

  private void patientWithAccount(
      String username,
      String record,
      String first,
      String last,
      LocalDate born,
      Sex sex,
      Therapist therapist)
      throws WeakPasswordException, RecordException {
    Patient patient = patient(record, first, last, born, sex, therapist);
    patient.giveAccount(
        accounts.open(username, first + " " + last, Role.PATIENT, DemoData.PASSWORD));
  }

  private Patient patient(
      String record, String first, String last, LocalDate born, Sex sex, Therapist therapist)
      throws RecordException {
    PatientDetails details = new PatientDetails();
    details.setRecordNumber(record);
    details.setFirstName(first);
    details.setLastName(last);
    details.setDateOfBirth(born);
    details.setSex(sex);
    details.setTherapistId(therapist.getId());
    details.setReferralSource("Demonstration data");
    details.setConsentGivenOn(LocalDate.of(2026, 1, 5));
    return records.register(details);
  }
}
