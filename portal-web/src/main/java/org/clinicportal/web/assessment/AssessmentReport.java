package org.clinicportal.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.assessment.MedicalClearance;
import org.clinicportal.assessment.Movement;
import org.clinicportal.assessment.OswestryIndex;
import org.clinicportal.assessment.RedFlag;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.Messages;
import org.clinicportal.web.Navigation;
import org.clinicportal.web.RecordIds;

/**
 * A signed assessment as a report that prints: every finding, the body chart, the amendment that
 * corrects it or the one it corrects, and the medical clearance that lets a program start.
 */
@Named
@ViewScoped
public class AssessmentReport implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Assessments assessments;
  @Inject private Messages messages;
  @Inject private CurrentUser currentUser;
  @Inject private Navigation navigation;

  private String id;
  private Long assessmentId;
  private transient Assessment assessment;
  private transient Assessment amendment;
  private transient MedicalClearance clearance;
  private String amendmentReason;
  private String clearanceNote;

  public void load() throws IOException, RecordException {
    OptionalLong parsed = RecordIds.parse(id);
    assessment =
        parsed.isPresent() ? assessments.openReport(parsed.getAsLong()).orElse(null) : null;
    if (assessment == null) {
      messages.notFound();
      return;
    }
    assessmentId = assessment.getId();
    refresh();
  }

  private void refresh() throws RecordException {
    amendment = assessments.amendmentOf(assessmentId).orElse(null);
    clearance = assessments.clearanceOf(assessmentId).orElse(null);
  }

  /** The assessment shown; a copy of the view on another server reads it again by its id. */
  private Assessment assessment() {
    if (assessment == null && assessmentId != null) {
      messages.attempt(
          () -> {
            assessment = assessments.find(assessmentId).orElse(null);
            refresh();
          });
    }
    return assessment;
  }

  /** What the amendment shown changed, in the reader's language. */
  public List<AmendmentWords.Change> getAmendmentChanges() {
    Assessment shown = assessment();
    if (shown == null) {
      return List.of();
    }
    Locale locale = messages.locale();
    return new AmendmentWords(ResourceBundle.getBundle(Messages.BUNDLE, locale), locale)
        .of(shown.amendmentChanges());
  }

  /** Opens the correction of this assessment, or the one already open. */
  public void amend() throws IOException {
    messages.attempt(
        () -> {
          Assessment opened = assessments.amend(assessmentId, amendmentReason);
          navigation.redirect("/therapist/assessments/edit.xhtml?id=" + opened.getId());
        });
  }

  public void clear() {
    messages.attempt(
        () -> {
          clearance = assessments.clear(assessmentId, clearanceNote);
          clearanceNote = null;
          messages.info(null, "clearance.recorded");
        });
  }

  public boolean isMayExamine() {
    return currentUser.required().role() == Role.THERAPIST;
  }

  /** Whether the signed-in therapist started this draft and may go on writing it. */
  public boolean isOwnDraft() {
    return !assessment().isSigned()
        && isMayExamine()
        && assessment().getExaminer().getId() == currentUser.required().accountId();
  }

  /** Whether the assessment holds a home program back until someone records a clearance. */
  public boolean isClearanceNeeded() {
    return assessment().isSigned() && assessment().needsMedicalReview() && getClearance() == null;
  }

  public List<RedFlag> getPresentRedFlags() {
    return assessment().redFlagScreen().present().stream().sorted().toList();
  }

  /** Where a muscle's points usually refer pain; nothing for a draft's point not yet placed. */
  public List<Muscle.ReferralArea> usualReferral(Muscle muscle) {
    return muscle == null ? List.of() : muscle.usualReferral();
  }

  public Movement[] getMovements() {
    return Movement.values();
  }

  public OswestryIndex.Section[] getOswestrySections() {
    return OswestryIndex.Section.values();
  }

  public String getOswestryPercent() {
    OswestryIndex index = assessment().oswestryIndex();
    return index.percent().isPresent()
        ? String.valueOf(Math.round(index.percent().getAsDouble()))
        : "";
  }

  public String getOswestryBand() {
    OswestryIndex index = assessment().oswestryIndex();
    return index.percent().isPresent()
        ? OswestryIndex.band(index.percent().getAsDouble()).name()
        : "";
  }

  public String getFunctionalScore() {
    var score = assessment().functionalScale().score();
    return score.isPresent()
        ? String.format(java.util.Locale.ROOT, "%.1f", score.getAsDouble())
        : "";
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Assessment getAssessment() {
    return assessment();
  }

  public Assessment getAmendment() {
    assessment();
    return amendment;
  }

  public MedicalClearance getClearance() {
    assessment();
    return clearance;
  }

  public String getAmendmentReason() {
    return amendmentReason;
  }

  public void setAmendmentReason(String amendmentReason) {
    this.amendmentReason = amendmentReason;
  }

  public String getClearanceNote() {
    return clearanceNote;
  }

  public void setClearanceNote(String clearanceNote) {
    this.clearanceNote = clearanceNote;
  }
}
