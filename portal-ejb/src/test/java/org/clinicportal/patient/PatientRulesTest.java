package org.clinicportal.patient;

import static org.clinicportal.patient.PatientFixtures.aPatient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinicportal.audit.FieldChange;
import org.junit.jupiter.api.Test;

class PatientRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Test
  void aDateOfBirthMayBeTodayOrUpTo120YearsBackButNotTheFuture() {
    assertTrue(PlausibleBirthDate.Check.isPlausible(TODAY, TODAY));
    assertTrue(PlausibleBirthDate.Check.isPlausible(TODAY.minusYears(120), TODAY));
    assertFalse(PlausibleBirthDate.Check.isPlausible(TODAY.minusYears(120).minusDays(1), TODAY));
    assertFalse(PlausibleBirthDate.Check.isPlausible(TODAY.plusDays(1), TODAY));
  }

  @Test
  void searchTextThatIsADateSearchesTheDateOfBirth() {
    LocalDate born = LocalDate.of(1979, 9, 3);
    assertEquals(Optional.of(born), PatientQuery.firstPage("1979-09-03").dateOfBirth());
    assertEquals(Optional.of(born), PatientQuery.firstPage(" 3.9.1979 ").dateOfBirth());
    assertEquals(Optional.of(born), PatientQuery.firstPage("3/9/1979").dateOfBirth());
    assertEquals(Optional.empty(), PatientQuery.firstPage("1979").dateOfBirth());
    assertEquals(Optional.empty(), PatientQuery.firstPage("31.2.1979").dateOfBirth());
  }

  @Test
  void searchTextIsTakenLiterallyAndPagesStayWithinBounds() {
    assertEquals("100%_a\\b", PatientQuery.firstPage("100%_A\\b").keyFrom());
    assertEquals("100%_a\\c", PatientQuery.firstPage("100%_A\\b").keyUntil());
    assertEquals("lee jos", PatientQuery.firstPage(" Lee Jor ").keyUntil());
    assertEquals("m\u00fcllf", PatientQuery.firstPage("M\u00dcLLE").keyUntil());
    PatientQuery wild = new PatientQuery("x".repeat(500), null, false, null, true, -5, 10_000);
    assertEquals(100, wild.text().length());
    assertEquals(0, wild.first());
    assertEquals(PatientQuery.MAX_PAGE_SIZE, wild.pageSize());
    assertEquals(PatientSort.NAME, wild.sort());
  }

  @Test
  void aRevisionTellsEachChangedFieldAndNothingElse() {
    Patient patient = new Patient(aPatient().named("Jordan", "Lee").details(), null);
    PatientDetails edited = PatientDetails.of(patient);
    edited.setLastName(" Leigh ");
    edited.setEmail("");
    edited.setPhone("0101 1111");

    List<FieldChange> changes = patient.revise(edited, null);

    assertEquals(
        List.of(
            new FieldChange("lastName", "Lee", "Leigh"),
            new FieldChange("phone", null, "0101 1111")),
        changes);
    assertEquals(List.of(), patient.revise(PatientDetails.of(patient), null));
  }

  @Test
  void aPatientIsArchivedOnceAndRestoredOnce() {
    Patient patient = new Patient(aPatient().details(), null);
    patient.archive();
    assertTrue(patient.isArchived());
    assertThrows(IllegalStateException.class, patient::archive);
    patient.restore();
    assertThrows(IllegalStateException.class, patient::restore);
  }
}
