package org.clinicportal.patient;

import java.time.LocalDate;

/**
 * Named builders of patient details for tests: {@code aPatient().named("Dana", "Lee").details()}.
 */
public final class PatientFixtures {

  private final PatientDetails details = new PatientDetails();

  private PatientFixtures() {
    details.setFirstName("Alex");
    details.setLastName("Doe");
    details.setDateOfBirth(LocalDate.of(1985, 5, 5));
    details.setSex(Sex.FEMALE);
  }

  public static PatientFixtures aPatient() {
    return new PatientFixtures();
  }

  public PatientFixtures named(String first, String last) {
    details.setFirstName(first);
    details.setLastName(last);
    return this;
  }

  public PatientFixtures bornOn(LocalDate date) {
    details.setDateOfBirth(date);
    return this;
  }

  public PatientFixtures numbered(String recordNumber) {
    details.setRecordNumber(recordNumber);
    return this;
  }

  public PatientFixtures treatedBy(Long therapistId) {
    details.setTherapistId(therapistId);
    return this;
  }

  public PatientFixtures mailedAt(String email) {
    details.setEmail(email);
    return this;
  }

  public PatientDetails details() {
    return details;
  }
}
