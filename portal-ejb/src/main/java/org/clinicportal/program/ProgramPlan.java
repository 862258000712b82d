package org.clinicportal.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.platform.Language;

/** What the therapist puts in a program before saving it: a title and dosed exercises. */
public class ProgramPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_ITEMS = 30;

  @NotBlank(message = "{program.title.required}")
  @Size(max = 120, message = "{program.title.size}")
  private String title;

  @Valid
  @Size(max = MAX_ITEMS, message = "{program.items.size}")
  /** More exercises than this are done less faithfully. */
  public static final int MOST_EXERCISES = 6;

  private List<Item> items = new ArrayList<>();

  public ProgramPlan() {}

  public ProgramPlan(String title) {
    this.title = title;
  }

  /** One exercise of the plan with its dosage as entered. */
  public static class Item implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long exerciseId;
    private String exerciseName;
    private ExerciseKind phase;
    private Integer sets;
    private Integer repetitions;
    private Integer holdSeconds;
    private Integer durationSeconds;
    private Integer restSeconds;
    private Integer timesPerDay;
    private Integer daysPerWeek;
    private BodySide side;
    private String load;
    private String notes;

    public Item() {}

    /** The exercise with the dosage it usually starts at, on the side given. */
    public static Item of(Exercise exercise, BodySide side) {
      return from(exercise, exercise.getKind(), exercise.usualDosageOn(side));
    }

    static Item of(DosedExercise saved) {
      return from(saved.getExercise(), saved.getPhase(), saved.getDosage());
    }

    /** The exercise in its phase with a dosage, as the therapist edits it. */
    private static Item from(Exercise exercise, ExerciseKind phase, Dosage dosage) {
      Item item = new Item();
      item.exerciseId = exercise.getId();
      item.exerciseName = exercise.getName();
      item.phase = phase;
      item.dose(dosage);
      return item;
    }

    /** Takes every part of a dosage, as the therapist would enter it. */
    public void dose(Dosage dosage) {
      sets = dosage.getSets();
      repetitions = dosage.getRepetitions();
      holdSeconds = dosage.getHoldSeconds();
      durationSeconds = dosage.getDurationSeconds();
      restSeconds = dosage.getRestSeconds();
      timesPerDay = dosage.getTimesPerDay();
      daysPerWeek = dosage.getDaysPerWeek();
      side = dosage.getSide();
      load = dosage.getLoad();
      notes = dosage.getNotes();
    }

    /** The dosage as entered, not yet checked. */
    private Dosage.Builder entered() {
      return Dosage.of()
          .sets(sets)
          .repetitions(repetitions)
          .holdSeconds(holdSeconds)
          .durationSeconds(durationSeconds)
          .restSeconds(restSeconds)
          .timesPerDay(timesPerDay)
          .daysPerWeek(daysPerWeek)
          .side(side)
          .load(load)
          .notes(notes);
    }

    /** What is wrong with the dosage entered, as message keys. */
    public List<String> problems() {
      return entered().problems();
    }

    /** The dosage in plain words, or empty while what was entered is not a sane dosage. */
    public String inWords(Language language) {
      Dosage.Builder entered = entered();
      return entered.problems().isEmpty() ? entered.build().inWords(language) : "";
    }

    /**
     * The dosage entered.
     *
     * @throws IllegalArgumentException when {@link #problems} names anything
     */
    Dosage toDosage() {
      return entered().build();
    }

    public Long getExerciseId() {
      return exerciseId;
    }

    public void setExerciseId(Long exerciseId) {
      this.exerciseId = exerciseId;
    }

    public String getExerciseName() {
      return exerciseName;
    }

    public ExerciseKind getPhase() {
      return phase;
    }

    public void setPhase(ExerciseKind phase) {
      this.phase = phase;
    }

    public Integer getSets() {
      return sets;
    }

    public void setSets(Integer sets) {
      this.sets = sets;
    }

    public Integer getRepetitions() {
      return repetitions;
    }

    public void setRepetitions(Integer repetitions) {
      this.repetitions = repetitions;
    }

    public Integer getHoldSeconds() {
      return holdSeconds;
    }

    public void setHoldSeconds(Integer holdSeconds) {
      this.holdSeconds = holdSeconds;
    }

    public Integer getDurationSeconds() {
      return durationSeconds;
    }

    public void setDurationSeconds(Integer durationSeconds) {
      this.durationSeconds = durationSeconds;
    }

    public Integer getRestSeconds() {
      return restSeconds;
    }

    public void setRestSeconds(Integer restSeconds) {
      this.restSeconds = restSeconds;
    }

    public Integer getTimesPerDay() {
      return timesPerDay;
    }

    public void setTimesPerDay(Integer timesPerDay) {
      this.timesPerDay = timesPerDay;
    }

    public Integer getDaysPerWeek() {
      return daysPerWeek;
    }

    public void setDaysPerWeek(Integer daysPerWeek) {
      this.daysPerWeek = daysPerWeek;
    }

    public BodySide getSide() {
      return side;
    }

    public void setSide(BodySide side) {
      this.side = side;
    }

    public String getLoad() {
      return load;
    }

    public void setLoad(String load) {
      this.load = load;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String notes) {
      this.notes = notes;
    }
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * Whether the plan holds more exercises than patients keep to well: fewer exercises are done more
   * faithfully, so the editor and the review say so past {@value #MOST_EXERCISES}.
   */
  public boolean holdsTooMany() {
    return items.size() > MOST_EXERCISES;
  }

  public List<Item> getItems() {
    return items;
  }
}
