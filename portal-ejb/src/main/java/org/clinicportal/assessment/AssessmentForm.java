package org.clinicportal.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.anatomy.Side;

/**
 * What the examiner enters on the assessment form, section by section. A draft may be incomplete;
 * {@link #missing()} names what signing still needs.
 */
public class AssessmentForm implements Serializable {
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

  @Valid private List<RedFlagAnswer> redFlags = new ArrayList<>();

  @Size(max = 1000, message = "{assessment.redFlagNote.size}")
  private String redFlagNote;

  private PalpationFinding palpationFinding;

  private SkinSign[] skinSigns = new SkinSign[0];

  @Size(max = 1000, message = "{assessment.physicianReferral.size}")
  private String physicianReferral;

  @Valid private List<Motion> motions = new ArrayList<>();

  @Valid private List<OswestryAnswer> oswestry = new ArrayList<>();

  @Valid
  @Size(max = FunctionalScale.MAX_ACTIVITIES, message = "{assessment.activities.size}")
  private List<Activity> activities = new ArrayList<>();

  @Valid
  @Size(max = 40, message = "{assessment.triggerPoints.size}")
  private List<TriggerPointRow> triggerPoints = new ArrayList<>();

  @Valid
  @Size(max = 60, message = "{assessment.marks.size}")
  private List<Mark> marks = new ArrayList<>();

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
      redFlags.add(new RedFlagAnswer(flag, answers.get(flag)));
    }
    Map<Movement, Motion> byMovement = new LinkedHashMap<>();
    motions.forEach(motion -> byMovement.put(motion.getMovement(), motion));
    motions = new ArrayList<>();
    for (Movement movement : Movement.values()) {
      motions.add(byMovement.getOrDefault(movement, new Motion(movement, null, false)));
    }
    Map<OswestryIndex.Section, Integer> scores = oswestryScores();
    oswestry = new ArrayList<>();
    for (OswestryIndex.Section section : OswestryIndex.Section.values()) {
      oswestry.add(new OswestryAnswer(section, scores.get(section)));
    }
    List<Activity> named = activities.stream().filter(Activity::isFilled).toList();
    activities = new ArrayList<>(named);
    while (activities.size() < FunctionalScale.MAX_ACTIVITIES) {
      activities.add(new Activity());
    }
  }

  /** What signing needs and this form lacks, as message keys; empty when it may be signed. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (assessedOn == null) {
      missing.add("assessment.missing.assessedOn");
    }
    if (painLocation == null || painLocation.isBlank()) {
      missing.add("assessment.missing.painLocation");
    }
    if (onsetCause == null) {
      missing.add("assessment.missing.onsetCause");
    }
    if (painNow == null || painWorst == null) {
      missing.add("assessment.missing.pain");
    }
    if (redFlagAnswers().size() < RedFlag.values().length) {
      missing.add("assessment.missing.redFlags");
    }
    if (palpationFinding == null) {
      missing.add("assessment.missing.palpation");
    } else if (palpationFinding.needsPhysician()
        && (physicianReferral == null || physicianReferral.isBlank())) {
      missing.add("assessment.missing.physicianReferral");
    }
    for (TriggerPointRow point : triggerPoints) {
      if (point.getMuscle() == null || point.getSide() == null) {
        missing.add("assessment.missing.pointMuscle");
        break;
      }
    }
    for (TriggerPointRow point : triggerPoints) {
      if (point.isReferredPain()
          && (point.getReferredTo() == null || point.getReferredTo().isBlank())) {
        missing.add("assessment.missing.referredTo");
        break;
      }
    }
    for (Activity activity : activities) {
      if (activity.isFilled()
          && (activity.getName() == null
              || activity.getName().isBlank()
              || activity.getRating() == null)) {
        missing.add("assessment.missing.activity");
        break;
      }
    }
    return missing;
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
   * Every answer as readable text under a stable name, the way an amendment's changes are listed.
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
    for (Motion motion : motions) {
      facts.put(
          "motion." + motion.getMovement(),
          text(motion.getDegrees()) + (motion.isPainful() ? " painful" : ""));
    }
    oswestryScores().forEach((section, score) -> facts.put("oswestry." + section, text(score)));
    int number = 1;
    for (Activity activity : activities) {
      if (activity.isFilled()) {
        facts.put("activity." + number++, activity.getName() + ": " + text(activity.getRating()));
      }
    }
    number = 1;
    for (TriggerPointRow point : triggerPoints) {
      facts.put("triggerPoint." + number++, point.describe());
    }
    number = 1;
    for (Mark mark : marks) {
      facts.put("mark." + number++, mark.getKind() + " " + mark.getSite());
    }
    facts.put("summary", text(summary));
    facts.values().removeIf(String::isEmpty);
    return facts;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }

  /** One red-flag question and its answer: yes, no, or not yet answered (null). */
  public static class RedFlagAnswer implements Serializable {
    private static final long serialVersionUID = 1L;

    private RedFlag flag;
    private Boolean present;

    public RedFlagAnswer() {}

    public RedFlagAnswer(RedFlag flag, Boolean present) {
      this.flag = flag;
      this.present = present;
    }

    public RedFlag getFlag() {
      return flag;
    }

    public Boolean getPresent() {
      return present;
    }

    public void setPresent(Boolean present) {
      this.present = present;
    }
  }

  /** The range of one lumbar movement in degrees and whether it hurt. */
  public static class Motion implements Serializable {
    private static final long serialVersionUID = 1L;

    private Movement movement;

    @Min(value = 0, message = "{assessment.motion.range}")
    @Max(value = Movement.MAX_DEGREES, message = "{assessment.motion.range}")
    private Integer degrees;

    private boolean painful;

    public Motion() {}

    public Motion(Movement movement, Integer degrees, boolean painful) {
      this.movement = movement;
      this.degrees = degrees;
      this.painful = painful;
    }

    public Movement getMovement() {
      return movement;
    }

    public Integer getDegrees() {
      return degrees;
    }

    public void setDegrees(Integer degrees) {
      this.degrees = degrees;
    }

    public boolean isPainful() {
      return painful;
    }

    public void setPainful(boolean painful) {
      this.painful = painful;
    }
  }

  /** The score of one Oswestry section, 0-5, or null when the patient left it out. */
  public static class OswestryAnswer implements Serializable {
    private static final long serialVersionUID = 1L;

    private OswestryIndex.Section section;

    @Min(value = 0, message = "{assessment.oswestry.range}")
    @Max(value = 5, message = "{assessment.oswestry.range}")
    private Integer score;

    public OswestryAnswer() {}

    public OswestryAnswer(OswestryIndex.Section section, Integer score) {
      this.section = section;
      this.score = score;
    }

    public OswestryIndex.Section getSection() {
      return section;
    }

    public Integer getScore() {
      return score;
    }

    public void setScore(Integer score) {
      this.score = score;
    }
  }

  /** One line of the functional scale: an activity the patient finds hard and its rating. */
  public static class Activity implements Serializable {
    private static final long serialVersionUID = 1L;

    @Size(max = 200, message = "{assessment.activity.size}")
    private String name;

    @Min(value = 0, message = "{assessment.activity.range}")
    @Max(value = 10, message = "{assessment.activity.range}")
    private Integer rating;

    public Activity() {}

    public Activity(String name, Integer rating) {
      this.name = name;
      this.rating = rating;
    }

    /** Whether anything was entered on this line. */
    public boolean isFilled() {
      return (name != null && !name.isBlank()) || rating != null;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Integer getRating() {
      return rating;
    }

    public void setRating(Integer rating) {
      this.rating = rating;
    }
  }

  /** The findings at one examined spot of one muscle. */
  public static class TriggerPointRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private Muscle muscle;
    private Side side;
    private boolean deepMedial;
    private boolean tautBand;
    private boolean hypersensitiveSpot;
    private boolean referredPain;

    @Size(max = 300, message = "{assessment.referredTo.size}")
    private String referredTo;

    private boolean localTwitchResponse;
    private boolean jumpSign;
    private boolean reproducesFamiliarPain;

    @Size(max = 500, message = "{assessment.pointNote.size}")
    private String note;

    public TriggerPointCriteria criteria() {
      return new TriggerPointCriteria(
          tautBand,
          hypersensitiveSpot,
          referredPain,
          localTwitchResponse,
          jumpSign,
          reproducesFamiliarPain);
    }

    public TriggerPointCriteria.Classification getClassification() {
      return criteria().classify();
    }

    String describe() {
      return String.join(
              " ",
              String.valueOf(muscle),
              String.valueOf(side),
              deepMedial ? "deep medial" : "",
              tautBand ? "taut band" : "",
              hypersensitiveSpot ? "hypersensitive spot" : "",
              referredPain ? "referred pain to " + referredTo : "",
              localTwitchResponse ? "twitch" : "",
              jumpSign ? "jump sign" : "",
              reproducesFamiliarPain ? "familiar pain" : "",
              note == null ? "" : note)
          .replaceAll(" +", " ")
          .trim();
    }

    public Muscle getMuscle() {
      return muscle;
    }

    public void setMuscle(Muscle muscle) {
      this.muscle = muscle;
    }

    public Side getSide() {
      return side;
    }

    public void setSide(Side side) {
      this.side = side;
    }

    public boolean isDeepMedial() {
      return deepMedial;
    }

    public void setDeepMedial(boolean deepMedial) {
      this.deepMedial = deepMedial;
    }

    public boolean isTautBand() {
      return tautBand;
    }

    public void setTautBand(boolean tautBand) {
      this.tautBand = tautBand;
    }

    public boolean isHypersensitiveSpot() {
      return hypersensitiveSpot;
    }

    public void setHypersensitiveSpot(boolean hypersensitiveSpot) {
      this.hypersensitiveSpot = hypersensitiveSpot;
    }

    public boolean isReferredPain() {
      return referredPain;
    }

    public void setReferredPain(boolean referredPain) {
      this.referredPain = referredPain;
    }

    public String getReferredTo() {
      return referredTo;
    }

    public void setReferredTo(String referredTo) {
      this.referredTo = referredTo;
    }

    public boolean isLocalTwitchResponse() {
      return localTwitchResponse;
    }

    public void setLocalTwitchResponse(boolean localTwitchResponse) {
      this.localTwitchResponse = localTwitchResponse;
    }

    public boolean isJumpSign() {
      return jumpSign;
    }

    public void setJumpSign(boolean jumpSign) {
      this.jumpSign = jumpSign;
    }

    public boolean isReproducesFamiliarPain() {
      return reproducesFamiliarPain;
    }

    public void setReproducesFamiliarPain(boolean reproducesFamiliarPain) {
      this.reproducesFamiliarPain = reproducesFamiliarPain;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  /** A point or pain area marked on the body chart. */
  public static class Mark implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotNull private MarkKind kind;

    @DecimalMin(value = "0", message = "{assessment.mark.outside}")
    @DecimalMax(value = "" + BodySite.WIDTH, message = "{assessment.mark.outside}")
    private double x;

    @DecimalMin(value = "0", message = "{assessment.mark.outside}")
    @DecimalMax(value = "" + BodySite.HEIGHT, message = "{assessment.mark.outside}")
    private double y;

    @NotNull private BodySite site;

    public Mark() {}

    public Mark(MarkKind kind, double x, double y, BodySite site) {
      this.kind = kind;
      this.x = x;
      this.y = y;
      this.site = site;
    }

    /** A mark where the examiner pointed, named after the nearest place. */
    public static Mark at(MarkKind kind, double x, double y) {
      double roundedX = Math.round(x * 10) / 10.0;
      double roundedY = Math.round(y * 10) / 10.0;
      return new Mark(kind, roundedX, roundedY, BodySite.nearest(roundedX, roundedY));
    }

    /** A mark on a named place, as added from the keyboard. */
    public static Mark on(MarkKind kind, BodySite site) {
      return new Mark(kind, site.x(), site.y(), site);
    }

    public MarkKind getKind() {
      return kind;
    }

    public double getX() {
      return x;
    }

    public double getY() {
      return y;
    }

    public BodySite getSite() {
      return site;
    }
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

  public List<RedFlagAnswer> getRedFlags() {
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

  public List<Motion> getMotions() {
    return motions;
  }

  public List<OswestryAnswer> getOswestry() {
    return oswestry;
  }

  public List<Activity> getActivities() {
    return activities;
  }

  public List<TriggerPointRow> getTriggerPoints() {
    return triggerPoints;
  }

  public List<Mark> getMarks() {
    return marks;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }
}
