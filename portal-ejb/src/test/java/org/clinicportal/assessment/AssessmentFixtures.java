package org.clinicportal.assessment;

import java.time.LocalDate;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.anatomy.Side;

/**
 * A complete assessment form of a typical quadratus lumborum case, to be changed one answer at a
 * time: right-sided low back pain after lifting, no red flags, a deep knot, one active QL point.
 */
public final class AssessmentFixtures {

  private final AssessmentForm form = AssessmentForm.blank(LocalDate.of(2026, 11, 2));

  private AssessmentFixtures() {
    form.setPainLocation("Right low back above the hip");
    form.setSymptomsSince(LocalDate.of(2026, 10, 20));
    form.setOnsetCause(OnsetCause.STRAIN);
    form.setPainNow(6);
    form.setPainWorst(8);
    form.getRedFlags().forEach(answer -> answer.setPresent(false));
    form.setPalpationFinding(PalpationFinding.DEEP_MUSCLE_KNOT);
    TriggerPointRow point = new TriggerPointRow();
    point.setMuscle(Muscle.QUADRATUS_LUMBORUM);
    point.setSide(Side.RIGHT);
    point.setDeepMedial(true);
    point.setTautBand(true);
    point.setHypersensitiveSpot(true);
    point.setReferredPain(true);
    point.setReferredTo("Right buttock and outer hip");
    point.setJumpSign(true);
    point.setReproducesFamiliarPain(true);
    form.getTriggerPoints().add(point);
    form.getMarks().add(MarkRow.on(MarkKind.TRIGGER_POINT, BodySite.QUADRATUS_LUMBORUM_RIGHT));
    form.getMotions().get(0).setDegrees(40);
    form.getMotions().get(0).setPainful(true);
    int[] oswestry = {3, 1, 3, 1, 2, 2, 2, 1, 2, 2};
    for (int i = 0; i < oswestry.length; i++) {
      form.getOswestry().get(i).setScore(oswestry[i]);
    }
    form.getActivities().get(0).setName("Sitting through a work meeting");
    form.getActivities().get(0).setRating(4);
    form.getActivities().get(1).setName("Lifting a child");
    form.getActivities().get(1).setRating(3);
  }

  public static AssessmentFixtures aQuadratusLumborumCase() {
    return new AssessmentFixtures();
  }

  public AssessmentFixtures on(LocalDate date) {
    form.setAssessedOn(date);
    return this;
  }

  public AssessmentFixtures withRedFlag(RedFlag flag) {
    form.getRedFlags().stream()
        .filter(answer -> answer.getFlag() == flag)
        .forEach(answer -> answer.setPresent(true));
    return this;
  }

  public AssessmentFixtures withSkinLevelLump(String referral) {
    form.setPalpationFinding(PalpationFinding.SKIN_LEVEL_LUMP);
    form.setSkinSigns(new SkinSign[] {SkinSign.CYST, SkinSign.TENDER_AT_SURFACE});
    form.setPhysicianReferral(referral);
    return this;
  }

  public AssessmentFixtures withPain(int now, int worst) {
    form.setPainNow(now);
    form.setPainWorst(worst);
    return this;
  }

  public AssessmentFixtures withOswestry(int... scores) {
    for (int i = 0; i < form.getOswestry().size(); i++) {
      form.getOswestry().get(i).setScore(i < scores.length ? scores[i] : null);
    }
    return this;
  }

  public AssessmentFixtures withActivityRatings(int first, int second) {
    form.getActivities().get(0).setRating(first);
    form.getActivities().get(1).setRating(second);
    return this;
  }

  public AssessmentForm form() {
    return form;
  }
}
