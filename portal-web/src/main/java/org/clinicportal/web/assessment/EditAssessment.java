package org.clinicportal.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.anatomy.Side;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.AssessmentForm;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.assessment.BodySite;
import org.clinicportal.assessment.IncompleteAssessmentException;
import org.clinicportal.assessment.MarkKind;
import org.clinicportal.assessment.MarkRow;
import org.clinicportal.assessment.Movement;
import org.clinicportal.assessment.OnsetCause;
import org.clinicportal.assessment.OswestryIndex;
import org.clinicportal.assessment.PalpationFinding;
import org.clinicportal.assessment.SkinSign;
import org.clinicportal.assessment.TriggerPointRow;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.Messages;
import org.clinicportal.web.Navigation;
import org.clinicportal.web.RecordIds;
import org.clinicportal.web.records.ChartTab;

/**
 * The exam form of a draft assessment, section by section, with its body chart. Saving keeps the
 * draft; signing makes it final and opens the report.
 */
@Named
@ViewScoped
public class EditAssessment implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final int MAX_MARKS = 60;

  @Inject private Assessments assessments;
  @Inject private Messages messages;
  @Inject private Navigation navigation;
  @Inject private FacesContext faces;
  @Inject private CurrentUser currentUser;

  private String id;
  private long assessmentId;
  private long version;
  private transient boolean relationsRead;
  private transient Patient patient;
  private transient Assessment amends;
  private String amendmentReason;
  private AssessmentForm form;
  private MarkKind markKind = MarkKind.TRIGGER_POINT;
  private BodySite markSite;
  private boolean conflict;

  public void load() throws IOException, RecordException {
    OptionalLong parsed = RecordIds.parse(id);
    Assessment assessment =
        parsed.isPresent() ? assessments.find(parsed.getAsLong()).orElse(null) : null;
    if (assessment == null) {
      messages.notFound();
      return;
    }
    if (assessment.isSigned() || !isOwnDraft(assessment)) {
      navigation.redirect("/therapist/assessments/view.xhtml?id=" + assessment.getId());
      return;
    }
    show(assessment);
  }

  /** Only the therapist who started a draft writes in it; everyone else reads the report. */
  private boolean isOwnDraft(Assessment assessment) {
    ClinicPrincipal user = currentUser.required();
    return user.role() == Role.THERAPIST && assessment.getExaminer().getId() == user.accountId();
  }

  private void show(Assessment assessment) {
    assessmentId = assessment.getId();
    version = assessment.getVersion();
    readRelations(assessment);
    amendmentReason = assessment.getAmendmentReason();
    form = assessment.toForm();
    conflict = false;
  }

  /** The patient and the assessment amended, which a copy of the view reads again by its id. */
  private void readRelations(Assessment assessment) {
    relationsRead = true;
    patient = assessment.getPatient();
    amends = assessment.getAmends();
  }

  private void readRelationsAgain() {
    if (!relationsRead && assessmentId != 0) {
      messages.attempt(() -> assessments.find(assessmentId).ifPresent(this::readRelations));
    }
  }

  public void save() {
    try {
      version = assessments.saveDraft(assessmentId, version, form).getVersion();
      if (getAmends() != null) {
        version = assessments.explainAmendment(assessmentId, version, amendmentReason).getVersion();
      }
      messages.info(null, "assessment.saved");
    } catch (StaleRecordException e) {
      conflict = true;
      messages.error(null, "assessment.stale");
    } catch (RecordException e) {
      messages.error(null, e.messageKey());
    }
  }

  public void sign() throws IOException {
    try {
      if (getAmends() != null) {
        version = assessments.explainAmendment(assessmentId, version, amendmentReason).getVersion();
      }
      Assessment signed = assessments.sign(assessmentId, version, form);
      messages.flashInfo(
          getAmends() == null ? "assessment.signed.done" : "assessment.amended.done");
      navigation.redirect("/therapist/assessments/view.xhtml?id=" + signed.getId());
    } catch (IncompleteAssessmentException e) {
      messages.error(null, "assessment.incomplete");
      e.missing().forEach(key -> messages.error(null, key));
    } catch (StaleRecordException e) {
      conflict = true;
      messages.error(null, "assessment.stale");
    } catch (RecordException e) {
      messages.error(null, e.messageKey());
    }
  }

  public void discard() throws IOException {
    try {
      assessments.discard(assessmentId, version);
      messages.flashInfo("assessment.discarded");
      navigation.redirect(ChartTab.ASSESSMENTS.of(getPatient().getId()));
    } catch (StaleRecordException e) {
      conflict = true;
      messages.error(null, "assessment.stale");
    } catch (RecordException e) {
      messages.error(null, e.messageKey());
    }
  }

  /** Drops what was typed and shows the draft as it was last saved. */
  public void reload() throws IOException, RecordException {
    Assessment assessment = assessments.find(assessmentId).orElse(null);
    if (assessment == null || assessment.isSigned()) {
      navigation.redirect(ChartTab.ASSESSMENTS.of(getPatient().getId()));
      return;
    }
    show(assessment);
    messages.info(null, "assessment.reloaded");
  }

  /** Answers "no" to every red-flag question not yet answered. */
  public void noOtherRedFlags() {
    form.getRedFlags().stream()
        .filter(answer -> answer.getPresent() == null)
        .forEach(answer -> answer.setPresent(false));
  }

  public void addTriggerPoint() {
    if (form.getTriggerPoints().size() >= 40) {
      messages.error(null, "assessment.triggerPoints.size");
      return;
    }
    form.getTriggerPoints().add(new TriggerPointRow());
  }

  public void removeTriggerPoint(TriggerPointRow row) {
    form.getTriggerPoints().remove(row);
  }

  /** Adds a mark where the examiner clicked on the chart; the point arrives as x and y. */
  public void addMarkAtPoint() {
    Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
    double x = coordinate(parameters.get("x"));
    double y = coordinate(parameters.get("y"));
    if (Double.isNaN(x)
        || Double.isNaN(y)
        || x < 0
        || y < 0
        || x > BodySite.WIDTH
        || y > BodySite.HEIGHT) {
      messages.error(null, "assessment.mark.outside");
      return;
    }
    addMark(MarkRow.at(kind(), x, y));
  }

  /** Adds a mark on the place chosen from the list, for those who work from the keyboard. */
  public void addMarkOnSite() {
    if (markSite == null) {
      messages.error(null, "assessment.mark.site");
      return;
    }
    addMark(MarkRow.on(kind(), markSite));
  }

  private void addMark(MarkRow mark) {
    if (form.getMarks().size() >= MAX_MARKS) {
      messages.error(null, "assessment.marks.size");
      return;
    }
    form.getMarks().add(mark);
  }

  public void removeMark(MarkRow mark) {
    form.getMarks().remove(mark);
  }

  private MarkKind kind() {
    return markKind == null ? MarkKind.TRIGGER_POINT : markKind;
  }

  private static double coordinate(String text) {
    if (text == null || !text.matches("-?[0-9]{1,4}(\\.[0-9]{1,6})?")) {
      return Double.NaN;
    }
    return Double.parseDouble(text);
  }

  public List<Muscle.ReferralArea> usualReferral(Muscle muscle) {
    return muscle == null ? List.of() : muscle.usualReferral();
  }

  /** The points of the numeric pain rating scale, 0 to 10. */
  public List<Integer> getPainScale() {
    return IntStream.rangeClosed(0, 10).boxed().toList();
  }

  /** The scores of one Oswestry section, 0 to 5. */
  public List<Integer> getOswestryScale() {
    return IntStream.rangeClosed(0, 5).boxed().toList();
  }

  public Muscle[] getMuscles() {
    return Muscle.values();
  }

  public Side[] getSides() {
    return Side.values();
  }

  public OnsetCause[] getOnsetCauses() {
    return OnsetCause.values();
  }

  public PalpationFinding[] getPalpationFindings() {
    return PalpationFinding.values();
  }

  public SkinSign[] getAllSkinSigns() {
    return SkinSign.values();
  }

  public MarkKind[] getMarkKinds() {
    return MarkKind.values();
  }

  public BodySite[] getSites() {
    return BodySite.values();
  }

  public Movement[] getMovements() {
    return Movement.values();
  }

  public OswestryIndex.Section[] getOswestrySections() {
    return OswestryIndex.Section.values();
  }

  /** The Oswestry index of what is entered now, for the running total beside the questions. */
  public String getOswestryPercent() {
    OswestryIndex index = new OswestryIndex(form.oswestryScores());
    return index.percent().isPresent()
        ? String.valueOf(Math.round(index.percent().getAsDouble()))
        : "";
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Patient getPatient() {
    readRelationsAgain();
    return patient;
  }

  public Assessment getAmends() {
    readRelationsAgain();
    return amends;
  }

  public String getAmendmentReason() {
    return amendmentReason;
  }

  public void setAmendmentReason(String amendmentReason) {
    this.amendmentReason = amendmentReason;
  }

  public AssessmentForm getForm() {
    return form;
  }

  public MarkKind getMarkKind() {
    return markKind;
  }

  public void setMarkKind(MarkKind markKind) {
    this.markKind = markKind;
  }

  public BodySite getMarkSite() {
    return markSite;
  }

  public void setMarkSite(BodySite markSite) {
    this.markSite = markSite;
  }

  public boolean isConflict() {
    return conflict;
  }
}
