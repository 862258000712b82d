package org.clinicportal.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.security.UserAccount;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

/**
 * A trigger-point assessment of a patient's lower back. While a draft it may be revised; once
 * signed it never changes again, and a correction is a new assessment that amends it and says who
 * changed what and why.
 *
 * <p>Longer than most entities: nine sections of an examination, each a column or two with its
 * accessor; the range of motion and the Oswestry answers are sections of their own ({@link
 * RangeOfMotion}, {@link OswestryAnswers}), the red flags and skin signs values ({@link
 * RedFlagAnswers}, {@link SkinSigns}).
 */
@Entity
@Table(name = "assessment")
@NamedQuery(
    name = "Assessment.findCurrentOfPatient",
    query =
        "select a from Assessment a join fetch a.examiner"
            + " where a.patient.id = :patientId and not exists (select b from Assessment b"
            + " where b.amends = a and b.status = org.clinicportal.assessment.AssessmentStatus.SIGNED)"
            + " order by a.assessedOn desc, a.id desc")
@NamedQuery(
    name = "Assessment.findAmendmentOf",
    query = "select a from Assessment a where a.amends.id = :assessmentId")
@NamedQuery(
    name = "Assessment.signedOfEpisodes",
    query =
        "select a from Assessment a where a.episode.id in :ids"
            + " and a.status = org.clinicportal.assessment.AssessmentStatus.SIGNED"
            + " order by a.assessedOn, a.id")
@NamedQuery(
    name = "Assessment.measuresOfEpisodes",
    query =
        "select a.episode.id, a.id, a.assessedOn, a.painNow, a.oswestry.painIntensity, a.oswestry.personalCare, a.oswestry.lifting, a.oswestry.walking, a.oswestry.sitting, a.oswestry.standing, a.oswestry.sleeping, a.oswestry.sexLife, a.oswestry.socialLife, a.oswestry.travelling"
            + " from Assessment a where a.episode.id in :ids"
            + " and a.status = org.clinicportal.assessment.AssessmentStatus.SIGNED"
            + " order by a.assessedOn, a.id")
public class Assessment extends org.clinicportal.platform.ClinicOwned
    implements SigningChecklist.Draft {

  @JoinFetch(JoinFetchType.INNER)
  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "episode_id", nullable = false, updatable = false)
  private Episode episode;

  @JoinFetch(JoinFetchType.INNER)
  @ManyToOne(optional = false)
  @JoinColumn(name = "examiner_id", nullable = false, updatable = false)
  private UserAccount examiner;

  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AssessmentStatus status = AssessmentStatus.DRAFT;

  @Column(name = "signed_at")
  private OffsetDateTime signedAt;

  @JoinFetch(JoinFetchType.OUTER)
  @ManyToOne
  @JoinColumn(name = "signed_by_id")
  private UserAccount signedBy;

  @ManyToOne
  @JoinColumn(name = "amends_id", updatable = false)
  private Assessment amends;

  @Column(name = "amendment_reason", length = 1000)
  private String amendmentReason;

  @Column(name = "amendment_changes")
  private String amendmentChanges;

  @Column(name = "pain_location", length = 300)
  private String painLocation;

  @Column(name = "symptoms_since")
  private LocalDate symptomsSince;

  @Enumerated(EnumType.STRING)
  @Column(name = "onset_cause", length = 20)
  private OnsetCause onsetCause;

  @Column(name = "onset_note", length = 500)
  private String onsetNote;

  @Column(name = "pain_now")
  private Integer painNow;

  @Column(name = "pain_worst")
  private Integer painWorst;

  @Convert(converter = RedFlagAnswers.Text.class)
  @Column(name = "red_flag_answers", nullable = false, length = 600)
  private RedFlagAnswers redFlagAnswers = RedFlagAnswers.none();

  @Column(name = "red_flag_note", length = 1000)
  private String redFlagNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "palpation_finding", length = 20)
  private PalpationFinding palpationFinding;

  @Convert(converter = SkinSigns.Text.class)
  @Column(name = "skin_signs", nullable = false, length = 200)
  private SkinSigns skinSigns = SkinSigns.none();

  @Column(name = "physician_referral", length = 1000)
  private String physicianReferral;

  @Embedded private RangeOfMotion motion = new RangeOfMotion();

  /** Null when read back with no section answered: see {@link #oswestryAnswers()}. */
  @Embedded private OswestryAnswers oswestry = new OswestryAnswers();

  @Column(length = 4000)
  private String summary;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @OneToMany(
      mappedBy = "assessment",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<TriggerPoint> triggerPoints = new ArrayList<>();

  @OneToMany(
      mappedBy = "assessment",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<RatedActivity> activities = new ArrayList<>();

  @OneToMany(
      mappedBy = "assessment",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<BodyMark> marks = new ArrayList<>();

  protected Assessment() {}

  /** A new, empty draft. */
  public Assessment(
      Episode episode, UserAccount examiner, LocalDate assessedOn, OffsetDateTime createdAt) {
    this.episode = Objects.requireNonNull(episode);
    this.patient = episode.getPatient();
    this.examiner = Objects.requireNonNull(examiner);
    this.assessedOn = Objects.requireNonNull(assessedOn);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** A draft that corrects a signed assessment, starting from everything it recorded. */
  public static Assessment amending(
      Assessment original, UserAccount examiner, String reason, OffsetDateTime createdAt) {
    if (!original.isSigned()) {
      throw new IllegalStateException("Only a signed assessment is amended");
    }
    Assessment amendment =
        new Assessment(original.episode, examiner, original.assessedOn, createdAt);
    amendment.amends = original;
    amendment.amendmentReason = trim(reason);
    amendment.revise(original.toForm());
    return amendment;
  }

  /** Replaces what the draft records with what the form holds. */
  public void revise(AssessmentForm form) {
    requireDraft();
    assessedOn = Objects.requireNonNull(form.getAssessedOn());
    painLocation = trim(form.getPainLocation());
    symptomsSince = form.getSymptomsSince();
    onsetCause = form.getOnsetCause();
    onsetNote = trim(form.getOnsetNote());
    painNow = form.getPainNow();
    painWorst = form.getPainWorst();
    redFlagAnswers = RedFlagAnswers.of(form.redFlagAnswers());
    redFlagNote = trim(form.getRedFlagNote());
    palpationFinding = form.getPalpationFinding();
    boolean skinLevel = palpationFinding == PalpationFinding.SKIN_LEVEL_LUMP;
    skinSigns = skinLevel ? SkinSigns.of(form.getSkinSigns()) : SkinSigns.none();
    physicianReferral = skinLevel ? trim(form.getPhysicianReferral()) : null;
    for (MotionRow measured : form.getMotions()) {
      motion.record(measured.getMovement(), measured.getDegrees(), measured.isPainful());
    }
    Map<OswestryIndex.Section, Integer> scores = form.oswestryScores();
    if (oswestry == null) {
      oswestry = new OswestryAnswers();
    }
    for (OswestryIndex.Section section : OswestryIndex.Section.values()) {
      oswestry.answer(section, scores.get(section));
    }
    summary = trim(form.getSummary());

    triggerPoints.clear();
    for (TriggerPointRow row : form.getTriggerPoints()) {
      triggerPoints.add(new TriggerPoint(this, triggerPoints.size(), row));
    }
    activities.clear();
    for (ActivityRow line : form.getActivities()) {
      if (line.isFilled()) {
        activities.add(
            new RatedActivity(this, activities.size(), line.getName(), line.getRating()));
      }
    }
    marks.clear();
    for (MarkRow mark : form.getMarks()) {
      marks.add(new BodyMark(this, marks.size(), mark));
    }
  }

  /** Changes the reason given for an amendment that is still a draft. */
  public void explainAmendment(String reason) {
    requireDraft();
    if (amends == null) {
      throw new IllegalStateException("Only an amendment carries a reason");
    }
    amendmentReason = trim(reason);
  }

  /**
   * Makes the assessment final. An amendment records, field by field, what it changed in the
   * assessment it corrects.
   *
   * @return what an amendment changed; empty for an original assessment
   */
  public List<FieldChange> sign(UserAccount by, OffsetDateTime at) {
    requireDraft();
    List<String> missing = SigningChecklist.missing(this);
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Not complete: " + missing);
    }
    List<FieldChange> changes = List.of();
    if (amends != null) {
      if (amendmentReason == null) {
        throw new IllegalStateException("An amendment needs its reason");
      }
      changes = differences(amends.toForm().facts(), toForm().facts());
      amendmentChanges = FieldChange.asText(changes);
    }
    status = AssessmentStatus.SIGNED;
    signedBy = Objects.requireNonNull(by);
    signedAt = Objects.requireNonNull(at);
    return changes;
  }

  private static List<FieldChange> differences(
      Map<String, String> before, Map<String, String> after) {
    List<FieldChange> changes = new ArrayList<>();
    before.forEach(
        (field, old) -> {
          String now = after.get(field);
          if (!old.equals(now)) {
            changes.add(new FieldChange(field, old, now));
          }
        });
    after.forEach(
        (field, now) -> {
          if (!before.containsKey(field)) {
            changes.add(new FieldChange(field, null, now));
          }
        });
    return changes;
  }

  private void requireDraft() {
    if (isSigned()) {
      throw new IllegalStateException("A signed assessment does not change");
    }
  }

  /** Everything the assessment records, as the form shows it. */
  public AssessmentForm toForm() {
    AssessmentForm form = new AssessmentForm();
    form.setAssessedOn(assessedOn);
    form.setPainLocation(painLocation);
    form.setSymptomsSince(symptomsSince);
    form.setOnsetCause(onsetCause);
    form.setOnsetNote(onsetNote);
    form.setPainNow(painNow);
    form.setPainWorst(painWorst);
    redFlagAnswers
        .asMap()
        .forEach((flag, present) -> form.getRedFlags().add(new RedFlagRow(flag, present)));
    form.setRedFlagNote(redFlagNote);
    form.setPalpationFinding(palpationFinding);
    form.setSkinSigns(getSkinSigns().toArray(SkinSign[]::new));
    form.setPhysicianReferral(physicianReferral);
    for (Movement movement : Movement.values()) {
      form.getMotions().add(new MotionRow(movement, degrees(movement), isPainful(movement)));
    }
    for (OswestryIndex.Section section : OswestryIndex.Section.values()) {
      form.getOswestry().add(new OswestryRow(section, oswestry(section)));
    }
    for (RatedActivity activity : activities) {
      form.getActivities().add(new ActivityRow(activity.getName(), activity.getRating()));
    }
    triggerPoints.forEach(point -> form.getTriggerPoints().add(point.toRow()));
    marks.forEach(mark -> form.getMarks().add(mark.toMark()));
    form.setSummary(summary);
    form.fillRows();
    return form;
  }

  @Override
  public boolean redFlagsComplete() {
    return redFlagAnswers.isComplete();
  }

  @Override
  public Stream<SigningChecklist.Point> points() {
    return triggerPoints.stream()
        .map(
            point ->
                new SigningChecklist.Point(
                    point.getMuscle(),
                    point.getSide(),
                    point.hasReferredPain(),
                    point.getReferredTo()));
  }

  @Override
  public Stream<SigningChecklist.Rating> ratings() {
    return activities.stream()
        .map(activity -> new SigningChecklist.Rating(activity.getName(), activity.getRating()));
  }

  /** The red flags found present. */
  public RedFlagScreen redFlagScreen() {
    return RedFlagScreen.of(redFlagAnswers.present());
  }

  /** Whether the patient needs a medical review before a home program may start. */
  public boolean needsMedicalReview() {
    return redFlagScreen().needsMedicalReview()
        || (palpationFinding != null && palpationFinding.needsPhysician());
  }

  public OswestryIndex oswestryIndex() {
    return oswestryAnswers().index();
  }

  public FunctionalScale functionalScale() {
    return new FunctionalScale(
        activities.stream()
            .filter(RatedActivity::isComplete)
            .map(RatedActivity::toActivity)
            .toList());
  }

  public Integer degrees(Movement movement) {
    return motion.degrees(movement);
  }

  public boolean isPainful(Movement movement) {
    return motion.isPainful(movement);
  }

  public Integer oswestry(OswestryIndex.Section section) {
    return oswestryAnswers().score(section);
  }

  /**
   * The Oswestry answers; none answered when the columns are all empty, which the persistence
   * provider reads back as no embedded object at all.
   */
  private OswestryAnswers oswestryAnswers() {
    return oswestry == null ? new OswestryAnswers() : oswestry;
  }

  static String trim(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }

  public boolean isSigned() {
    return status == AssessmentStatus.SIGNED;
  }

  public boolean isAmendment() {
    return amends != null;
  }

  /** What an amendment changed, field by field; empty for an original or a draft. */
  public List<FieldChange> amendmentChanges() {
    return FieldChange.fromText(amendmentChanges);
  }

  public List<SkinSign> getSkinSigns() {
    return skinSigns.asList();
  }

  public Episode getEpisode() {
    return episode;
  }

  public Patient getPatient() {
    return patient;
  }

  public UserAccount getExaminer() {
    return examiner;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public AssessmentStatus getStatus() {
    return status;
  }

  public OffsetDateTime getSignedAt() {
    return signedAt;
  }

  public UserAccount getSignedBy() {
    return signedBy;
  }

  public Assessment getAmends() {
    return amends;
  }

  public String getAmendmentReason() {
    return amendmentReason;
  }

  public String getPainLocation() {
    return painLocation;
  }

  public LocalDate getSymptomsSince() {
    return symptomsSince;
  }

  public OnsetCause getOnsetCause() {
    return onsetCause;
  }

  public String getOnsetNote() {
    return onsetNote;
  }

  public Integer getPainNow() {
    return painNow;
  }

  public Integer getPainWorst() {
    return painWorst;
  }

  public String getRedFlagNote() {
    return redFlagNote;
  }

  public PalpationFinding getPalpationFinding() {
    return palpationFinding;
  }

  public String getPhysicianReferral() {
    return physicianReferral;
  }

  public String getSummary() {
    return summary;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public List<TriggerPoint> getTriggerPoints() {
    return triggerPoints;
  }

  public List<RatedActivity> getActivities() {
    return activities;
  }

  public List<BodyMark> getMarks() {
    return marks;
  }
}
