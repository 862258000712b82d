package org.clinicportal.assessment;

import static org.clinicportal.assessment.TriggerPointCriteria.Classification.ACTIVE;
import static org.clinicportal.assessment.TriggerPointCriteria.Classification.LATENT;
import static org.clinicportal.assessment.TriggerPointCriteria.Classification.NOT_A_TRIGGER_POINT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.assessment.FunctionalScale.Activity;
import org.clinicportal.assessment.OswestryIndex.Band;
import org.clinicportal.assessment.OswestryIndex.Section;
import org.clinicportal.assessment.Progress.Reading;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {

  @Test
  void aTriggerPointNeedsAllThreeEssentialCriteria() {
    assertEquals(ACTIVE, new TriggerPointCriteria(true, true, true, false, false, true).classify());
    assertEquals(LATENT, new TriggerPointCriteria(true, true, true, true, true, false).classify());
    assertEquals(
        NOT_A_TRIGGER_POINT,
        new TriggerPointCriteria(true, true, false, true, true, true).classify());
    assertEquals(
        NOT_A_TRIGGER_POINT,
        new TriggerPointCriteria(false, true, true, true, true, true).classify());
    assertEquals(
        NOT_A_TRIGGER_POINT,
        new TriggerPointCriteria(true, false, true, true, true, true).classify());
    assertEquals(
        2, new TriggerPointCriteria(true, true, true, true, true, false).confirmatorySigns());
  }

  @Test
  void theQuadratusLumborumRefersToTheSacroiliacRegionButtockIliacCrestAndHip() {
    assertEquals(
        List.of(
            Muscle.ReferralArea.SACROILIAC_REGION,
            Muscle.ReferralArea.LOWER_BUTTOCK,
            Muscle.ReferralArea.ILIAC_CREST_TOWARD_GROIN,
            Muscle.ReferralArea.GREATER_TROCHANTER),
        Muscle.QUADRATUS_LUMBORUM.usualReferral());
  }

  @Test
  void anyRedFlagCallsForMedicalReviewAndCaudaEquinaSignsAreUrgent() {
    assertFalse(RedFlagScreen.clear().needsMedicalReview());
    RedFlagScreen cancer = RedFlagScreen.of(Set.of(RedFlag.HISTORY_OF_CANCER));
    assertTrue(cancer.needsMedicalReview());
    assertFalse(cancer.isUrgent());
    RedFlagScreen saddle =
        RedFlagScreen.of(Set.of(RedFlag.SADDLE_ANAESTHESIA, RedFlag.MAJOR_TRAUMA));
    assertTrue(saddle.isUrgent());
    assertEquals(Set.of(RedFlag.SADDLE_ANAESTHESIA, RedFlag.MAJOR_TRAUMA), saddle.present());
  }

  @Test
  void theOswestryIndexIsTheSumOverFiveTimesTheSectionsAnswered() {
    Map<Section, Integer> all = answers(3);
    assertEquals(OptionalDouble.of(60.0), new OswestryIndex(all).percent());

    Map<Section, Integer> nineAnswered = answers(2);
    nineAnswered.remove(Section.SEX_LIFE);
    assertEquals(
        18.0 / 45.0 * 100.0, new OswestryIndex(nineAnswered).percent().getAsDouble(), 1e-9);

    Map<Section, Integer> sevenAnswered = answers(2);
    sevenAnswered.remove(Section.SEX_LIFE);
    sevenAnswered.remove(Section.SOCIAL_LIFE);
    sevenAnswered.put(Section.TRAVELLING, null);
    assertEquals(7, new OswestryIndex(sevenAnswered).answered());
    assertEquals(
        OptionalDouble.empty(),
        new OswestryIndex(sevenAnswered).percent(),
        "too few sections answered");
  }

  @Test
  void anOswestrySectionOutsideZeroToFiveIsRefused() {
    Map<Section, Integer> wrong = answers(1);
    wrong.put(Section.LIFTING, 6);
    assertThrows(IllegalArgumentException.class, () -> new OswestryIndex(wrong));
  }

  @Test
  void theOswestryBandsFollowTheirBoundaries() {
    assertEquals(Band.MINIMAL, OswestryIndex.band(20));
    assertEquals(Band.MODERATE, OswestryIndex.band(20.5));
    assertEquals(Band.MODERATE, OswestryIndex.band(40));
    assertEquals(Band.SEVERE, OswestryIndex.band(60));
    assertEquals(Band.CRIPPLED, OswestryIndex.band(80));
    assertEquals(Band.BED_BOUND_OR_EXAGGERATING, OswestryIndex.band(81));
  }

  @Test
  void theFunctionalScaleIsTheMeanOfUpToFiveActivities() {
    FunctionalScale scale =
        new FunctionalScale(
            List.of(
                new Activity("Lifting my child", 3),
                new Activity("Sitting at work", 6),
                new Activity("Running", 0)));
    assertEquals(3.0, scale.score().getAsDouble(), 1e-9);
    assertTrue(new FunctionalScale(List.of()).score().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new Activity("Gardening", 11));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FunctionalScale(List.of(a(1), a(2), a(3), a(4), a(5), a(6))));
  }

  @Test
  void painScoresStayOnTheirScale() {
    assertThrows(IllegalArgumentException.class, () -> new PainScore(-1));
    assertThrows(IllegalArgumentException.class, () -> new PainScore(11));
    assertEquals(10, new PainScore(10).value());
  }

  @Test
  void progressIsReadAgainstTheSmallestChangeThatMatters() {
    assertEquals(Reading.IMPROVED, Progress.ofPain(new PainScore(7), new PainScore(5)).reading());
    assertEquals(Reading.UNCHANGED, Progress.ofPain(new PainScore(7), new PainScore(6)).reading());
    assertEquals(Reading.WORSE, Progress.ofPain(new PainScore(4), new PainScore(6)).reading());
    assertEquals(Reading.IMPROVED, Progress.ofDisability(46, 36).reading());
    assertEquals(Reading.UNCHANGED, Progress.ofDisability(46, 38).reading());
    assertEquals(Reading.IMPROVED, Progress.ofFunction(3.0, 5.0).reading());
    assertEquals(Reading.WORSE, Progress.ofFunction(5.0, 2.5).reading());
    assertEquals(-2.0, Progress.ofPain(new PainScore(7), new PainScore(5)).change(), 1e-9);
  }

  private static Activity a(int n) {
    return new Activity("Activity " + n, n);
  }

  private static Map<Section, Integer> answers(int each) {
    Map<Section, Integer> answers = new EnumMap<>(Section.class);
    for (Section section : Section.values()) {
      answers.put(section, each);
    }
    return answers;
  }
}
