package org.clinicportal.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.anatomy.Side;
import org.clinicportal.assessment.ActivityRow;
import org.clinicportal.assessment.AssessmentForm;
import org.clinicportal.assessment.BodySite;
import org.clinicportal.assessment.MarkKind;
import org.clinicportal.assessment.MarkRow;
import org.clinicportal.assessment.OnsetCause;
import org.clinicportal.assessment.PalpationFinding;
import org.clinicportal.assessment.SkinSign;
import org.clinicportal.assessment.TriggerPointRow;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.platform.Language;
import org.clinicportal.web.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AmendmentWordsTest {

  private static AmendmentWords in(Language language) {
    Locale locale = language.locale();
    return new AmendmentWords(ResourceBundle.getBundle(Messages.BUNDLE, locale), locale);
  }

  @Test
  void aChangedTriggerPointIsWordedAsTheFormNamesIt() {
    List<AmendmentWords.Change> words =
        in(Language.ENGLISH)
            .of(
                List.of(
                    new FieldChange("triggerPoint.2.muscle", "QUADRATUS_LUMBORUM", "PIRIFORMIS"),
                    new FieldChange("triggerPoint.2.signs", "tautBand", "deepMedial, jumpSign"),
                    new FieldChange("redFlag.FOOT_DROP", "no", "yes"),
                    new FieldChange("motion.FLEXION.painful", "no", "yes"),
                    new FieldChange("symptomsSince", "2026-11-03", null)));

    assertEquals(
        List.of(
            new AmendmentWords.Change("Point 2: Muscle", "Quadratus lumborum", "Piriformis"),
            new AmendmentWords.Change("Point 2: Findings", "Taut band", "deep medial, Jump sign"),
            new AmendmentWords.Change("Foot drop", "No", "Yes"),
            new AmendmentWords.Change("Flexion: painful", "No", "Yes"),
            new AmendmentWords.Change("Symptoms since", "Nov 3, 2026", null)),
        words);
  }

  @Test
  void theChangesAreWordedInTheReadersLanguage() {
    List<AmendmentWords.Change> words =
        in(Language.UKRAINIAN)
            .of(
                List.of(
                    new FieldChange("triggerPoint.1.side", "LEFT", "RIGHT"),
                    new FieldChange("palpationFinding", "DEEP_MUSCLE_KNOT", "SKIN_LEVEL_LUMP")));

    AmendmentWords.Change side = words.get(0);
    assertTrue(side.field().startsWith("Точка 1: "), side.field());
    assertEquals(List.of("Ліворуч", "Праворуч"), List.of(side.before(), side.after()));
    assertFalse(words.get(1).after().contains("SKIN"), words.get(1).after());
  }

  @Test
  void whatAnOlderVersionStoredAsTextIsShownAsStored() {
    FieldChange older =
        new FieldChange("triggerPoint.1", "QUADRATUS_LUMBORUM LEFT taut band", "PIRIFORMIS RIGHT");

    assertEquals(
        List.of(
            new AmendmentWords.Change(
                "Point 1", "QUADRATUS_LUMBORUM LEFT taut band", "PIRIFORMIS RIGHT")),
        in(Language.ENGLISH).of(List.of(older)));
  }

  /** Every fact a filled form lists has a name and values the reader's bundle words. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void everyFactOfAFilledFormIsWorded(Language language) {
    Map<String, String> facts = aFilledForm().facts();
    List<FieldChange> changes = new ArrayList<>();
    facts.forEach((name, value) -> changes.add(FieldChange.set(name, value)));

    List<AmendmentWords.Change> words = in(language).of(changes);

    for (int i = 0; i < changes.size(); i++) {
      String name = changes.get(i).field();
      assertFalse(words.get(i).field().equals(name), name + " has no words");
      String value = words.get(i).after();
      assertFalse(value.matches(".*\\b[A-Z]{2,}_[A-Z_]+\\b.*"), name + " left a code: " + value);
    }
  }

  private static AssessmentForm aFilledForm() {
    AssessmentForm form = AssessmentForm.blank(LocalDate.of(2026, 12, 1));
    form.setSymptomsSince(LocalDate.of(2026, 11, 3));
    form.setPainLocation("Right low back");
    form.setOnsetCause(OnsetCause.REPETITIVE_MOTION);
    form.setOnsetNote("Moving boxes");
    form.setPainNow(6);
    form.setPainWorst(8);
    form.getRedFlags().forEach(flag -> flag.setPresent(false));
    form.setRedFlagNote("Screened");
    form.setPalpationFinding(PalpationFinding.SKIN_LEVEL_LUMP);
    form.setSkinSigns(new SkinSign[] {SkinSign.CYST, SkinSign.TENDER_AT_SURFACE});
    form.setPhysicianReferral("Dr Okafor");
    form.getMotions().forEach(motion -> motion.setDegrees(30));
    form.getMotions().get(0).setPainful(true);
    form.getOswestry().forEach(section -> section.setScore(2));
    form.getActivities().set(0, new ActivityRow("Lifting a child", 4));
    TriggerPointRow point = new TriggerPointRow();
    point.setMuscle(Muscle.QUADRATUS_LUMBORUM);
    point.setSide(Side.RIGHT);
    point.setDeepMedial(true);
    point.setTautBand(true);
    point.setHypersensitiveSpot(true);
    point.setReferredPain(true);
    point.setReferredTo("Buttock");
    point.setLocalTwitchResponse(true);
    point.setJumpSign(true);
    point.setReproducesFamiliarPain(true);
    point.setNote("Tender");
    form.getTriggerPoints().add(point);
    form.getMarks().add(MarkRow.on(MarkKind.PAIN_AREA, BodySite.PIRIFORMIS_LEFT));
    form.getMarks().add(MarkRow.at(MarkKind.TRIGGER_POINT, 0.4, 0.5));
    form.setSummary("Active point");
    return form;
  }
}
