package org.clinicportal.exercise;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Picture;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An exercise of one clinic's library: a copy of a built-in routine, which the clinic may hide but
 * not change, or one the clinic wrote itself.
 */
@Entity
@Table(name = "exercise")
@NamedQuery(
    name = "Exercise.findAll",
    query = "select e from Exercise e order by e.kind, e.name, e.id")
@NamedQuery(name = "Exercise.findByIds", query = "select e from Exercise e where e.id in :ids")
@NamedQuery(
    name = "Exercise.findBuiltInCodes",
    query = "select e.builtInCode from Exercise e where e.builtInCode is not null")
public class Exercise extends ClinicOwned {

  /** Where an exercise the clinic writes itself starts: two sets of ten, once a day, every day. */
  private static final Dosage OWN_EXERCISE_STARTS_AT =
      Dosage.of().sets(2).repetitions(10).timesPerDay(1).daysPerWeek(7).side(BodySide.BOTH).build();

  @Column(name = "builtin_code", length = 40, updatable = false)
  private String builtInCode;

  @Column(nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ExerciseKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "performed_by", nullable = false, length = 10)
  private PerformedBy performedBy;

  @Column(nullable = false, length = 1000)
  private String purpose;

  @Column(nullable = false)
  private String instructions;

  @Column(nullable = false, length = 2000)
  private String cautions = "";

  @Column(nullable = false, length = 300)
  private String muscles = "";

  @Column(nullable = false, length = 200)
  private String equipment = "";

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "image")
  private byte[] image;

  @Column(name = "image_type", length = 20)
  private String imageType;

  @Column(nullable = false)
  private boolean hidden;

  @Column(name = "default_sets")
  private Integer defaultSets;

  @Column(name = "default_repetitions")
  private Integer defaultRepetitions;

  @Column(name = "default_hold_seconds")
  private Integer defaultHoldSeconds;

  @Column(name = "default_duration_seconds")
  private Integer defaultDurationSeconds;

  @Column(name = "default_rest_seconds")
  private Integer defaultRestSeconds;

  @Column(name = "default_times_per_day", nullable = false)
  private int defaultTimesPerDay;

  @Column(name = "default_days_per_week", nullable = false)
  private int defaultDaysPerWeek;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt = OffsetDateTime.now();

  /**
   * The clinic's own words for the exercise in other languages; a built-in routine has none. Read
   * with the exercise, inside the call that binds its clinic: a page reading them later would find
   * none under row-level security.
   */
  @OneToMany(
      mappedBy = "exercise",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  private List<ExerciseTranslation> translations = new ArrayList<>();

  protected Exercise() {}

  /** The clinic's copy of a built-in routine. */
  public static Exercise copyOf(BuiltInExercise builtIn) {
    Exercise exercise = new Exercise();
    ExerciseText english = builtIn.textIn(Language.ENGLISH);
    exercise.builtInCode = builtIn.name();
    exercise.name = english.name();
    exercise.kind = builtIn.kind();
    exercise.performedBy = builtIn.performedBy();
    exercise.purpose = english.purpose();
    exercise.instructions = String.join("\n", english.steps());
    exercise.cautions = english.cautions();
    exercise.muscles = joined(builtIn.muscles());
    exercise.equipment = joined(builtIn.equipment());
    exercise.startAt(builtIn.usualDosage());
    return exercise;
  }

  /** An exercise the clinic writes itself, done by the patient at home. */
  public Exercise(ExerciseDetails details) {
    this.performedBy = PerformedBy.PATIENT;
    startAt(OWN_EXERCISE_STARTS_AT);
    revise(details);
  }

  /**
   * Keeps how much of the exercise a program usually starts with. The exercise table holds no side,
   * load or notes for it: those belong to a patient's program.
   */
  private void startAt(Dosage usual) {
    defaultSets = usual.getSets();
    defaultRepetitions = usual.getRepetitions();
    defaultHoldSeconds = usual.getHoldSeconds();
    defaultDurationSeconds = usual.getDurationSeconds();
    defaultRestSeconds = usual.getRestSeconds();
    defaultTimesPerDay = usual.getTimesPerDay();
    defaultDaysPerWeek = usual.getDaysPerWeek();
  }

  /** The dosage a program usually starts this exercise at, on the side given. */
  public Dosage usualDosageOn(BodySide side) {
    return Dosage.of()
        .sets(defaultSets)
        .repetitions(defaultRepetitions)
        .holdSeconds(defaultHoldSeconds)
        .durationSeconds(defaultDurationSeconds)
        .restSeconds(defaultRestSeconds)
        .timesPerDay(defaultTimesPerDay)
        .daysPerWeek(defaultDaysPerWeek)
        .side(side)
        .build();
  }

  /** Changes an exercise the clinic wrote; a built-in routine is hidden instead. */
  public void revise(ExerciseDetails details) {
    if (isBuiltIn()) {
      throw new IllegalStateException("A built-in exercise is not changed");
    }
    name = details.getName().trim();
    kind = details.getKind();
    purpose = details.getPurpose().trim();
    instructions = details.getInstructions().trim();
    cautions = details.getCautions() == null ? "" : details.getCautions().trim();
    muscles = joined(Arrays.asList(details.getMuscles()));
    equipment = joined(Arrays.asList(details.getEquipment()));
  }

  /** Shows a picture as {@link org.clinicportal.platform.Pictures} re-encoded it. */
  public void showPicture(Picture picture) {
    this.image = picture.content().clone();
    this.imageType = picture.type();
  }

  public void hide() {
    hidden = true;
  }

  public void show() {
    hidden = false;
  }

  private static String joined(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().distinct().collect(Collectors.joining(","));
  }

  /**
   * What a patient reads of the exercise in a language: a built-in routine in that language; an
   * exercise the clinic wrote in the clinic's words for that language, or as the clinic wrote it
   * when it has none ({@link #speaks}).
   */
  public ExerciseText textIn(Language language) {
    if (isBuiltIn()) {
      return BuiltInExercise.valueOf(builtInCode).textIn(language);
    }
    return translationInto(language)
        .map(ExerciseTranslation::text)
        .orElseGet(() -> new ExerciseText(name, purpose, getSteps(), cautions));
  }

  /**
   * Whether the exercise has words of its own in a language other than the one it was written in:
   * always for a built-in routine.
   */
  public boolean speaks(Language language) {
    return isBuiltIn() || translationInto(language).isPresent();
  }

  /**
   * Gives an exercise the clinic wrote its words in another language, or new words in one it has.
   *
   * @throws IllegalStateException for a built-in routine, whose words are the portal's
   */
  public void translate(Language language, ExerciseWords words) {
    if (isBuiltIn()) {
      throw new IllegalStateException("A built-in exercise is translated by the portal");
    }
    translationInto(language)
        .ifPresentOrElse(
            found -> found.reword(words),
            () -> translations.add(new ExerciseTranslation(this, language, words)));
  }

  /** Takes away the exercise's words in a language; patients reading it see the clinic's own. */
  public void removeTranslation(Language language) {
    translations.removeIf(translation -> translation.getLanguage() == language);
  }

  /** The languages the clinic gave the exercise words in, in the portal's order of languages. */
  public List<Language> getTranslatedInto() {
    return translations.stream().map(ExerciseTranslation::getLanguage).sorted().toList();
  }

  private Optional<ExerciseTranslation> translationInto(Language language) {
    return translations.stream()
        .filter(translation -> translation.getLanguage() == language)
        .findFirst();
  }

  public boolean isBuiltIn() {
    return builtInCode != null;
  }

  public boolean targets(Muscle muscle) {
    return getMuscles().contains(muscle);
  }

  public List<Muscle> getMuscles() {
    return muscles.isEmpty()
        ? List.of()
        : Arrays.stream(muscles.split(",")).map(Muscle::valueOf).toList();
  }

  public List<Equipment> getEquipment() {
    return equipment.isEmpty()
        ? List.of()
        : Arrays.stream(equipment.split(",")).map(Equipment::valueOf).toList();
  }

  /** The instructions, one step a line. */
  public List<String> getSteps() {
    return instructions.lines().filter(line -> !line.isBlank()).toList();
  }

  public String getBuiltInCode() {
    return builtInCode;
  }

  public String getName() {
    return name;
  }

  public ExerciseKind getKind() {
    return kind;
  }

  public PerformedBy getPerformedBy() {
    return performedBy;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getInstructions() {
    return instructions;
  }

  public String getCautions() {
    return cautions;
  }

  public boolean isHidden() {
    return hidden;
  }

  public boolean hasPicture() {
    return imageType != null;
  }

  public byte[] getImage() {
    return image == null ? null : image.clone();
  }

  public String getImageType() {
    return imageType;
  }
}
