package org.clinicportal.assessment;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.Role;
import org.clinicportal.security.UserAccount;
import org.junit.jupiter.api.Test;

/** The rules an assessment keeps on its own: completeness, signing, amendments, the gate. */
class AssessmentTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  private final Patient patient =
      new Patient("P1", "Jordan", "Lee", LocalDate.of(1980, 5, 1), Sex.FEMALE);
  private final UserAccount dana = new UserAccount("dana", "Dana Whitfield", Role.THERAPIST, "x");

  private Assessment draft(AssessmentForm form) {
    Assessment assessment =
        new Assessment(new Episode(patient, form.getAssessedOn()), dana, form.getAssessedOn(), NOW);
    assessment.revise(form);
    return assessment;
  }

  @Test
  void aCompleteFormLacksNothingAndAnEmptyOneNamesEverySection() {
    assertEquals(List.of(), aQuadratusLumborumCase().form().missing());
    assertEquals(
        List.of(
            "assessment.missing.painLocation",
            "assessment.missing.onsetCause",
            "assessment.missing.pain",
            "assessment.missing.redFlags",
            "assessment.missing.palpation"),
        AssessmentForm.blank(LocalDate.of(2026, 11, 2)).missing());
  }

  @Test
  void oneUnansweredRedFlagOrAReferralWithoutWhereIsMissing() {
    AssessmentForm form = aQuadratusLumborumCase().form();
    form.getRedFlags().get(3).setPresent(null);
    form.getTriggerPoints().get(0).setReferredTo(" ");
    assertEquals(
        List.of("assessment.missing.redFlags", "assessment.missing.referredTo"), form.missing());
  }

  @Test
  void aSkinLevelLumpNeedsTheReferralToAPhysician() {
    AssessmentForm form = aQuadratusLumborumCase().withSkinLevelLump(" ").form();
    assertEquals(List.of("assessment.missing.physicianReferral"), form.missing());
  }

  @Test
  void theEntityKeepsEveryAnswerItWasGiven() {
    Assessment assessment = draft(aQuadratusLumborumCase().form());
    AssessmentForm again = assessment.toForm();

    assertEquals(aQuadratusLumborumCase().form().facts(), again.facts());
    assertEquals(
        TriggerPointCriteria.Classification.ACTIVE,
        assessment.getTriggerPoints().get(0).getClassification());
    assertEquals(2, assessment.getActivities().size());
    assertEquals(3.5, assessment.functionalScale().score().getAsDouble());
    assertEquals(38.0, assessment.oswestryIndex().percent().getAsDouble(), 1e-9);
  }

  @Test
  void aSignedAssessmentRefusesAnyChange() {
    Assessment assessment = draft(aQuadratusLumborumCase().form());
    assessment.sign(dana, NOW);

    assertTrue(assessment.isSigned());
    assertThrows(
        IllegalStateException.class,
        () -> assessment.revise(aQuadratusLumborumCase().withPain(2, 3).form()));
    assertThrows(IllegalStateException.class, () -> assessment.sign(dana, NOW));
    assertEquals(6, assessment.getPainNow());
  }

  @Test
  void anIncompleteDraftCannotBeSigned() {
    Assessment assessment = draft(AssessmentForm.blank(LocalDate.of(2026, 11, 2)));
    assertThrows(IllegalStateException.class, () -> assessment.sign(dana, NOW));
    assertFalse(assessment.isSigned());
  }

  @Test
  void theAssessmentChecksItsOwnRecordByTheFormsRule() {
    AssessmentForm complete = aQuadratusLumborumCase().form();
    AssessmentForm gaps = aQuadratusLumborumCase().withSkinLevelLump(" ").form();
    gaps.getRedFlags().get(3).setPresent(null);
    gaps.getTriggerPoints().get(0).setReferredTo(" ");
    gaps.getActivities().get(0).setRating(null);

    assertEquals(List.of(), SigningChecklist.missing(draft(complete)));
    assertEquals(gaps.missing(), SigningChecklist.missing(draft(gaps)));
    assertEquals(
        List.of(
            "assessment.missing.redFlags",
            "assessment.missing.physicianReferral",
            "assessment.missing.referredTo",
            "assessment.missing.activity"),
        gaps.missing());
  }

  @Test
  void anAmendmentKeepsTheOriginalAndListsWhatItChanged() {
    Assessment original = draft(aQuadratusLumborumCase().form());
    original.sign(dana, NOW);

    Assessment amendment = Assessment.amending(original, dana, "Pain was misheard", NOW);
    amendment.revise(aQuadratusLumborumCase().withPain(5, 8).form());
    List<FieldChange> changes = amendment.sign(dana, NOW.plusHours(1));

    assertEquals(List.of(new FieldChange("painNow", "6", "5")), changes);
    assertEquals(changes, amendment.amendmentChanges());
    assertEquals(6, original.getPainNow());
    assertEquals(original, amendment.getAmends());
    assertEquals("Pain was misheard", amendment.getAmendmentReason());
  }

  @Test
  void aDraftCannotBeAmended() {
    Assessment draft = draft(aQuadratusLumborumCase().form());
    assertThrows(IllegalStateException.class, () -> Assessment.amending(draft, dana, "x", NOW));
  }

  @Test
  void redFlagsOrASkinLevelLumpHoldAProgramBackUntilCleared() {
    Assessment flagged =
        draft(aQuadratusLumborumCase().withRedFlag(RedFlag.SADDLE_ANAESTHESIA).form());
    Assessment skin =
        draft(aQuadratusLumborumCase().withSkinLevelLump("GP to review a cyst").form());
    Assessment clear = draft(aQuadratusLumborumCase().form());

    assertEquals(
        List.of(ProgramReadiness.RED_FLAGS), ProgramReadiness.of(flagged, false).blockers());
    assertTrue(flagged.redFlagScreen().isUrgent());
    assertEquals(List.of(ProgramReadiness.SKIN_LEVEL), ProgramReadiness.of(skin, false).blockers());
    assertTrue(ProgramReadiness.of(flagged, true).mayStart());
    assertTrue(ProgramReadiness.of(clear, false).mayStart());
    assertTrue(ProgramReadiness.of(null, false).mayStart());
  }

  @Test
  void aLumpThatIsNotAtSkinLevelKeepsNoReferral() {
    AssessmentForm form = aQuadratusLumborumCase().withSkinLevelLump("GP").form();
    form.setPalpationFinding(PalpationFinding.DEEP_MUSCLE_KNOT);
    Assessment assessment = draft(form);
    assertNull(assessment.getPhysicianReferral());
    assertEquals(List.of(), assessment.getSkinSigns());
  }

  @Test
  void aComparisonReadsEachMeasureAgainstItsSmallestImportantChange() {
    Assessment first = draft(aQuadratusLumborumCase().form());
    Assessment later =
        draft(
            aQuadratusLumborumCase()
                .on(LocalDate.of(2026, 11, 16))
                .withPain(3, 7)
                .withOswestry(2, 1, 2, 1, 1, 1, 1, 1, 1, 1)
                .withActivityRatings(7, 4)
                .form());

    List<AssessmentComparison.Measure> measures = AssessmentComparison.of(first, later).measures();

    assertEquals(Progress.Reading.IMPROVED, measures.get(0).reading());
    assertEquals(-3.0, measures.get(0).change());
    assertEquals(Progress.Reading.UNCHANGED, measures.get(1).reading());
    assertEquals(Progress.Reading.IMPROVED, measures.get(2).reading());
    assertEquals(Progress.Reading.IMPROVED, measures.get(3).reading());
    assertEquals(2.0, measures.get(3).change());
  }

  @Test
  void aMeasureMissingOnOneSideIsShownButNotRead() {
    Assessment first = draft(aQuadratusLumborumCase().withOswestry(1, 1, 1).form());
    Assessment later = draft(aQuadratusLumborumCase().form());

    AssessmentComparison.Measure oswestry = AssessmentComparison.of(first, later).measures().get(2);
    assertNull(oswestry.before());
    assertEquals(38.0, oswestry.after(), 1e-9);
    assertFalse(oswestry.isComparable());
  }

  @Test
  void aPointIsNamedAfterTheNearestPlaceOfTheChart() {
    MarkRow mark = MarkRow.at(MarkKind.PAIN_AREA, 192.34, 109.96);
    assertEquals(BodySite.QUADRATUS_LUMBORUM_RIGHT, mark.getSite());
    assertEquals(192.3, mark.getX());
    assertEquals(110.0, mark.getY());
  }
}
