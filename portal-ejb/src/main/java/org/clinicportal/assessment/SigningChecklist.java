package org.clinicportal.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.anatomy.Side;

/**
 * What an assessment needs before it may be signed, as message keys in the order of the form's
 * sections. One rule for both that ask: the form, before anything is saved, and the assessment
 * itself, when it is signed.
 */
public final class SigningChecklist {

  private SigningChecklist() {}

  /** What the checklist reads of a draft, whether the page's form or the stored assessment. */
  public interface Draft {
    LocalDate getAssessedOn();

    String getPainLocation();

    OnsetCause getOnsetCause();

    Integer getPainNow();

    Integer getPainWorst();

    /** Whether every red flag of the screen was answered. */
    boolean redFlagsComplete();

    PalpationFinding getPalpationFinding();

    String getPhysicianReferral();

    /** The trigger points recorded, as the checklist reads them. */
    Stream<Point> points();

    /** The activities of the functional scale that have anything written in them. */
    Stream<Rating> ratings();
  }

  /**
   * A trigger point: its muscle and side (null until chosen); with referred pain, where it went.
   */
  public record Point(Muscle muscle, Side side, boolean referredPain, String referredTo) {}

  /** An activity of the functional scale: its name and its rating. */
  public record Rating(String activity, Integer rating) {}

  /** What the draft lacks for signing; empty when it may be signed. */
  public static List<String> missing(Draft draft) {
    List<String> missing = new ArrayList<>();
    if (draft.getAssessedOn() == null) {
      missing.add("assessment.missing.assessedOn");
    }
    if (isBlank(draft.getPainLocation())) {
      missing.add("assessment.missing.painLocation");
    }
    if (draft.getOnsetCause() == null) {
      missing.add("assessment.missing.onsetCause");
    }
    if (draft.getPainNow() == null || draft.getPainWorst() == null) {
      missing.add("assessment.missing.pain");
    }
    if (!draft.redFlagsComplete()) {
      missing.add("assessment.missing.redFlags");
    }
    PalpationFinding finding = draft.getPalpationFinding();
    if (finding == null) {
      missing.add("assessment.missing.palpation");
    } else if (finding.needsPhysician() && isBlank(draft.getPhysicianReferral())) {
      missing.add("assessment.missing.physicianReferral");
    }
    List<Point> points = draft.points().toList();
    if (points.stream().anyMatch(point -> point.muscle() == null || point.side() == null)) {
      missing.add("assessment.missing.pointMuscle");
    }
    if (points.stream().anyMatch(point -> point.referredPain() && isBlank(point.referredTo()))) {
      missing.add("assessment.missing.referredTo");
    }
    if (draft.ratings().anyMatch(line -> isBlank(line.activity()) || line.rating() == null)) {
      missing.add("assessment.missing.activity");
    }
    return missing;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
