package org.clinicportal.assessment;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Role;
import org.clinicportal.security.UserAccount;
import org.clinicportal.testsupport.PdfText;
import org.junit.jupiter.api.Test;

/** The signed assessment prints every finding in the clinic's language, names in any alphabet. */
class AssessmentDocumentTest {

  private static final OffsetDateTime SIGNED =
      OffsetDateTime.of(2026, 11, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void anEnglishClinicsRecordNamesEveryFinding() throws Exception {
    String all = PdfText.of(AssessmentDocument.render(clinic(Language.ENGLISH), signed()));

    assertTrue(all.contains("Lower-back assessment"), all);
    assertTrue(all.contains("Łukasz Żółkiewski · record P1 · born 1 May 1980"), all);
    assertTrue(all.contains("Quadratus lumborum"), all);
    assertTrue(all.contains("Active trigger point"), all);
    assertTrue(all.contains("Taut band"), all);
  }

  @Test
  void aPolishClinicsRecordIsInPolish() throws Exception {
    String all = PdfText.of(AssessmentDocument.render(clinic(Language.POLISH), signed()));

    Language polish = Language.POLISH;
    var words = polish.words("org.clinicportal.assessment.assessment-document", getClass());
    assertTrue(all.contains(words.text("title")), all);
    assertTrue(all.contains(words.text("muscle.QUADRATUS_LUMBORUM")), all);
    assertTrue(all.contains(words.text("classification.ACTIVE")), all);
    assertTrue(all.contains(words.text("section.redFlags")), all);
    assertTrue(all.contains("1 maja 1980"), all);
    assertFalse(all.contains("Quadratus lumborum"), all);
    assertFalse(all.contains("Taut band"), all);
  }

  @Test
  void aDraftIsNotARecordToPrint() {
    Assessment draft = draft();
    assertThrows(
        IllegalArgumentException.class,
        () -> AssessmentDocument.render(clinic(Language.ENGLISH), draft));
  }

  private static Clinic clinic(Language language) {
    Clinic clinic = new Clinic("demo", "Fizjo Łódź");
    clinic.describe("Fizjo Łódź", null, null, null, "Europe/Warsaw", language);
    return clinic;
  }

  private static Assessment draft() {
    Patient patient = new Patient("P1", "Łukasz", "Żółkiewski", LocalDate.of(1980, 5, 1), Sex.MALE);
    UserAccount dana = new UserAccount("dana", "Dana Whitfield", Role.THERAPIST, "x");
    AssessmentForm form = aQuadratusLumborumCase().form();
    Assessment assessment =
        new Assessment(
            new Episode(patient, form.getAssessedOn()), dana, form.getAssessedOn(), SIGNED);
    assessment.revise(form);
    return assessment;
  }

  private static Assessment signed() {
    Assessment assessment = draft();
    assessment.sign(assessment.getExaminer(), SIGNED);
    return assessment;
  }
}
