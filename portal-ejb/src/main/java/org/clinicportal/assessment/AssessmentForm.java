package org.clinicportal.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the examiner enters on the assessment form, section by section. A draft may be incomplete;
 * {@link #missing()} names what signing still needs.
 *
 * <p>Longer than most classes: the page binds each of its fields through a getter and a setter; its
 * rows ({@link RedFlagRow}, {@link MotionRow}, {@link OswestryRow}, {@link ActivityRow}, {@link
 * TriggerPointRow}, {@link MarkRow}) are classes of their own.
 */
public class AssessmentForm implements Serializable, SigningChecklist.Draft {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "{assessment.assessedOn.required}")
  @PastOrPresent(message = "{assessment.assessedOn.future}")
  private LocalDate assessedOn;

  @Size(max = 300, message = "{assessment.painLocation.size}")
  private String painLocation;

  @PastOrPresent(message = "{assessment.symptomsSince.future}")
  private LocalDate symptomsSince;

  private OnsetCause onsetCause;

  @Size(max = 500, message = "{assessment.onsetNote.size}")
  private String onsetNote;

  @Min(value = 0, message = "{assessment.pain.range}")
  @Max(value = 10, message = "{assessment.pain.range}")
  private Integer painNow;

  @Min(value = 0, message = "{assessment.pain.range}")
  @Max(value = 10, message = "{assessment.pain.range}")
  private Integer painWorst;

  @Valid private List<RedFlagRow> redFlags = new ArrayList<>();

  @Size(max = 1000, message = "{assessment.redFlagNote.size}")
  private String redFlagNote;

  private PalpationFinding palpationFinding;

  private SkinSign[] skinSigns = new SkinSign[0];

  @Size(max = 1000, message = "{assessment.physicianReferral.size}")
  private String physicianReferral;

  @Valid private List<MotionRow> motions = new ArrayList<>();

  @Valid private List<OswestryRow> oswestry = new ArrayList<>();

  @Valid
  @Size(max = FunctionalScale.MAX_ACTIVITIES, message = "{assessment.activities.size}")
  private List<ActivityRow> activities = new ArrayList<>();

  @Valid
  @Size(max = 40, message = "{assessment.triggerPoints.size}")
  private List<TriggerPointRow> triggerPoints = new ArrayList<>();

  @Valid
  @Size(max = 60, message = "{assessment.marks.size}")
  private List<MarkRow> marks = new ArrayList<>();

  @Size(max = 4000, message = "{assessment.summary.size}")
  private String summary;

  /** An empty form with every red flag, movement, Oswestry section and activity line ready. */
  public static AssessmentForm blank(LocalDate assessedOn) {
    AssessmentForm form = new AssessmentForm();
    form.assessedOn = assessedOn;
    form.fillRows();
    return form;
  }

  /** Makes sure every fixed row exists, in order, so the page can show them all. */
  void fillRows() {
    Map<RedFlag, Boolean> answers = redFlagAnswers();
    redFlags = new ArrayList<>();
    for (RedFlag flag : RedFlag.values()) {
      redFlags.add(new RedFlagRow(flag, answers.get(flag)));
    }
    Map<Movement, MotionRow> byMovement = new LinkedHashMap<>();
    motions.forEach(motion -> byMovement.put(motion.getMovement(), motion));
    motions = new ArrayList<>();
    for (Movement movement : Movement.values()) {
      motions.add(byMovement.getOrDefault(movement, new MotionRow(movement, null, false)));
    }
    Map<OswestryIndex.Section, Integer> scores = oswestryScores();
    oswestry = new ArrayList<>();
    for (OswestryIndex.Section section : OswestryIndex.Section.values()) {
      oswestry.add(new OswestryRow(section, scores.get(section)));
    }
    List<ActivityRow> named = activities.stream().filter(ActivityRow::isFilled).toList();
    activities = new ArrayList<>(named);
    while (activities.size() < FunctionalScale.MAX_ACTIVITIES) {
      activities.add(new ActivityRow());
    }
  }

  /** What signing needs and this form lacks, as message keys; empty when it may be signed. */
  public List<String> missing() {
    return SigningChecklist.missing(this);
  }

  @Override
  public boolean redFlagsComplete() {
    return redFlagAnswers().size() == RedFlag.values().length;
  }

  @Override
  public Stream<SigningChecklist.Point> points() {
    return triggerPoints.stream()
        .map(
            point ->
                new SigningChecklist.Point(
                    point.getMuscle(),
                    point.getSide(),
                    point.isReferredPain(),
                    point.getReferredTo()));
  }

  @Override
  public Stream<SigningChecklist.Rating> ratings() {
    return activities.stream()
        .filter(ActivityRow::isFilled)
        .map(line -> new SigningChecklist.Rating(line.getName(), line.getRating()));
  }

  /** The red flags answered so far: true for present, false for absent. */
  public Map<RedFlag, Boolean> redFlagAnswers() {
    Map<RedFlag, Boolean> answers = new LinkedHashMap<>();
    redFlags.stream()
        .filter(answer -> answer.getFlag() != null && answer.getPresent() != null)
        .forEach(answer -> answers.put(answer.getFlag(), answer.getPresent()));
    return answers;
  }

  public RedFlagScreen redFlagScreen() {
    Set<RedFlag> present = EnumSet.noneOf(RedFlag.class);
    redFlagAnswers()
        .forEach(
            (flag, yes) -> {
              if (yes) {
                present.add(flag);
              }
            });
    return RedFlagScreen.of(present);
  }

  public Map<OswestryIndex.Section, Integer> oswestryScores() {
    Map<OswestryIndex.Section, Integer> scores = new LinkedHashMap<>();
    oswestry.stream()
        .filter(answer -> answer.getSection() != null && answer.getScore() != null)
        .forEach(answer -> scores.put(answer.getSection(), answer.getScore()));
    return scores;
  }

  /**
   * Every answer under a stable name, the way an amendment's changes are listed. Values are facts,
   * not words: dates in ISO form, findings by their constants' names, yes and no as {@code yes} and
   * {@code no}, what the therapist typed as typed; the page words them in the reader's language.
   */
  public Map<String, String> facts() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("assessedOn", text(assessedOn));
    facts.put("painLocation", text(painLocation));
    facts.put("symptomsSince", text(symptomsSince));
    facts.put("onsetCause", text(onsetCause));
    facts.put("onsetNote", text(onsetNote));
    facts.put("painNow", text(painNow));
    facts.put("painWorst", text(painWorst));
    redFlagAnswers().forEach((flag, yes) -> facts.put("redFlag." + flag, yes ? "yes" : "no"));
    facts.put("redFlagNote", text(redFlagNote));
    facts.put("palpationFinding", text(palpationFinding));
    facts.put(
        "skinSigns",
        Arrays.stream(skinSigns).map(Enum::name).sorted().collect(Collectors.joining(", ")));
    facts.put("physicianReferral", text(physicianReferral));
    for (MotionRow motion : motions) {
      facts.put("motion." + motion.getMovement(), text(motion.getDegrees()));
      facts.put("motion." + motion.getMovement() + ".painful", motion.isPainful() ? "yes" : "no");
    }
    oswestryScores().forEach((section, score) -> facts.put("oswestry." + section, text(score)));
    int number = 1;
    for (ActivityRow activity : activities) {
      if (activity.isFilled()) {
        facts.put("activity." + number++, activity.getName() + ": " + text(activity.getRating()));
      }
    }
    number = 1;
    for (TriggerPointRow point : triggerPoints) {
      String prefix = "triggerPoint." + number++ + ".";
      point.facts().forEach((name, value) -> facts.put(prefix + name, value));
    }
    number = 1;
    for (MarkRow mark : marks) {
      facts.put(
          "mark." + number++,
          mark.getKind() + (mark.getSite() == null ? "" : " " + mark.getSite()));
    }
    facts.put("summary", text(summary));
    facts.values().removeIf(String::isEmpty);
    return facts;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public void setAssessedOn(LocalDate assessedOn) {
    this.assessedOn = assessedOn;
  }

  public String getPainLocation() {
    return painLocation;
  }

  public void setPainLocation(String painLocation) {
    this.painLocation = painLocation;
  }

  public LocalDate getSymptomsSince() {
    return symptomsSince;
  }

  public void setSymptomsSince(LocalDate symptomsSince) {
    this.symptomsSince = symptomsSince;
  }

  public OnsetCause getOnsetCause() {
    return onsetCause;
  }

  public void setOnsetCause(OnsetCause onsetCause) {
    this.onsetCause = onsetCause;
  }

  public String getOnsetNote() {
    return onsetNote;
  }

  public void setOnsetNote(String onsetNote) {
    this.onsetNote = onsetNote;
  }

  public Integer getPainNow() {
    return painNow;
  }

  public void setPainNow(Integer painNow) {
    this.painNow = painNow;
  }

  public Integer getPainWorst() {
    return painWorst;
  }

  public void setPainWorst(Integer painWorst) {
    this.painWorst = painWorst;
  }

  public List<RedFlagRow> getRedFlags() {
    return redFlags;
  }

  public String getRedFlagNote() {
    return redFlagNote;
  }

  public void setRedFlagNote(String redFlagNote) {
    this.redFlagNote = redFlagNote;
  }

  public PalpationFinding getPalpationFinding() {
    return palpationFinding;
  }

  public void setPalpationFinding(PalpationFinding palpationFinding) {
    this.palpationFinding = palpationFinding;
  }

  public SkinSign[] getSkinSigns() {
    return skinSigns.clone();
  }

  public void setSkinSigns(SkinSign[] skinSigns) {
    this.skinSigns = skinSigns == null ? new SkinSign[0] : skinSigns.clone();
  }

  public String getPhysicianReferral() {
    return physicianReferral;
  }

  public void setPhysicianReferral(String physicianReferral) {
    this.physicianReferral = physicianReferral;
  }

  public List<MotionRow> getMotions() {
    return motions;
  }

  public List<OswestryRow> getOswestry() {
    return oswestry;
  }

  public List<ActivityRow> getActivities() {
    return activities;
  }

  public List<TriggerPointRow> getTriggerPoints() {
    return triggerPoints;
  }

  public List<MarkRow> getMarks() {
    return marks;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }
}
