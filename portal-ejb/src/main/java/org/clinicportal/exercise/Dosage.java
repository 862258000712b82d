package org.clinicportal.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clinicportal.platform.Language;

/**
 * How much of an exercise, how often and on which side. Every dosage does something (repetitions, a
 * hold or a duration) and stays within what a home program can sensibly ask.
 */
@Embeddable
public class Dosage implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_SETS = 10;
  public static final int MAX_REPETITIONS = 100;
  public static final int MAX_HOLD_SECONDS = 120;
  public static final int MAX_DURATION_SECONDS = 1800;
  public static final int MAX_REST_SECONDS = 600;
  public static final int MAX_TIMES_PER_DAY = 6;

  @Column(name = "sets")
  private Integer sets;

  @Column(name = "repetitions")
  private Integer repetitions;

  @Column(name = "hold_seconds")
  private Integer holdSeconds;

  @Column(name = "duration_seconds")
  private Integer durationSeconds;

  @Column(name = "rest_seconds")
  private Integer restSeconds;

  @Column(name = "times_per_day", nullable = false)
  private int timesPerDay;

  @Column(name = "days_per_week", nullable = false)
  private int daysPerWeek;

  @Enumerated(EnumType.STRING)
  @Column(name = "side", nullable = false, length = 5)
  private BodySide side;

  @Column(name = "load", length = 100)
  private String load;

  @Column(name = "notes", length = 500)
  private String notes;

  protected Dosage() {}

  private Dosage(Builder entered) {
    this.sets = entered.sets;
    this.repetitions = entered.repetitions;
    this.holdSeconds = entered.holdSeconds;
    this.durationSeconds = entered.durationSeconds;
    this.restSeconds =
        entered.restSeconds == null || entered.restSeconds == 0 ? null : entered.restSeconds;
    this.timesPerDay = entered.timesPerDay;
    this.daysPerWeek = entered.daysPerWeek;
    this.side = entered.side;
    this.load = blankToNull(entered.load);
    this.notes = blankToNull(entered.notes);
  }

  /**
   * A dosage named part by part, for example {@code
   * Dosage.of().sets(3).repetitions(10).timesPerDay(2).daysPerWeek(7).side(BodySide.BOTH).build()}.
   */
  public static Builder of() {
    return new Builder();
  }

  /** A builder that starts from this dosage, to build one that differs in some parts. */
  public Builder toBuilder() {
    return of().sets(sets)
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

  /** The same dosage, for another program item to hold. */
  public Dosage copy() {
    return toBuilder().build();
  }

  /**
   * The parts of a dosage as they are named, checked only when asked: {@link #problems} tells a
   * person what is wrong, {@link #build} refuses the same.
   */
  public static final class Builder {
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

    private Builder() {}

    public Builder sets(Integer sets) {
      this.sets = sets;
      return this;
    }

    public Builder repetitions(Integer repetitions) {
      this.repetitions = repetitions;
      return this;
    }

    public Builder holdSeconds(Integer holdSeconds) {
      this.holdSeconds = holdSeconds;
      return this;
    }

    public Builder durationSeconds(Integer durationSeconds) {
      this.durationSeconds = durationSeconds;
      return this;
    }

    /** The rest between sets; none and 0 both mean no rest is named. */
    public Builder restSeconds(Integer restSeconds) {
      this.restSeconds = restSeconds;
      return this;
    }

    public Builder timesPerDay(Integer timesPerDay) {
      this.timesPerDay = timesPerDay;
      return this;
    }

    public Builder daysPerWeek(Integer daysPerWeek) {
      this.daysPerWeek = daysPerWeek;
      return this;
    }

    public Builder side(BodySide side) {
      this.side = side;
      return this;
    }

    /** What the exercise is done with; blank means nothing. */
    public Builder load(String load) {
      this.load = load;
      return this;
    }

    /** A word from the therapist; blank means nothing. */
    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    /** What is wrong with the dosage named so far, as message keys; empty when it is a sane one. */
    public List<String> problems() {
      List<String> problems = new ArrayList<>();
      if (outside(sets, 1, MAX_SETS)) {
        problems.add("dosage.sets");
      }
      if (outside(repetitions, 1, MAX_REPETITIONS)) {
        problems.add("dosage.repetitions");
      }
      if (outside(holdSeconds, 1, MAX_HOLD_SECONDS)) {
        problems.add("dosage.hold");
      }
      if (outside(durationSeconds, 1, MAX_DURATION_SECONDS)) {
        problems.add("dosage.duration");
      }
      if (outside(restSeconds, 0, MAX_REST_SECONDS)) {
        problems.add("dosage.rest");
      }
      if (timesPerDay == null || outside(timesPerDay, 1, MAX_TIMES_PER_DAY)) {
        problems.add("dosage.timesPerDay");
      }
      if (daysPerWeek == null || outside(daysPerWeek, 1, 7)) {
        problems.add("dosage.daysPerWeek");
      }
      if (repetitions == null && holdSeconds == null && durationSeconds == null) {
        problems.add("dosage.nothingToDo");
      }
      if (side == null) {
        problems.add("dosage.side");
      }
      if (load != null && load.trim().length() > 100) {
        problems.add("dosage.load");
      }
      if (notes != null && notes.trim().length() > 500) {
        problems.add("dosage.notes");
      }
      return problems;
    }

    /**
     * The dosage named; use {@link #problems} first to tell a person what is wrong.
     *
     * @throws IllegalArgumentException when {@link #problems} names anything
     */
    public Dosage build() {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("Not a dosage: " + problems);
      }
      return new Dosage(this);
    }
  }

  private static boolean outside(Integer value, int min, int max) {
    return value != null && (value < min || value > max);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** The dosage in plain words in a language, as a patient reads it on a page or a handout. */
  public String inWords(Language language) {
    return DosageWords.of(this, language);
  }

  public Integer getSets() {
    return sets;
  }

  public Integer getRepetitions() {
    return repetitions;
  }

  public Integer getHoldSeconds() {
    return holdSeconds;
  }

  public Integer getDurationSeconds() {
    return durationSeconds;
  }

  public Integer getRestSeconds() {
    return restSeconds;
  }

  public int getTimesPerDay() {
    return timesPerDay;
  }

  public int getDaysPerWeek() {
    return daysPerWeek;
  }

  public BodySide getSide() {
    return side;
  }

  public String getLoad() {
    return load;
  }

  public String getNotes() {
    return notes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Dosage that
        && Objects.equals(sets, that.sets)
        && Objects.equals(repetitions, that.repetitions)
        && Objects.equals(holdSeconds, that.holdSeconds)
        && Objects.equals(durationSeconds, that.durationSeconds)
        && Objects.equals(restSeconds, that.restSeconds)
        && timesPerDay == that.timesPerDay
        && daysPerWeek == that.daysPerWeek
        && side == that.side
        && Objects.equals(load, that.load)
        && Objects.equals(notes, that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sets,
        repetitions,
        holdSeconds,
        durationSeconds,
        restSeconds,
        timesPerDay,
        daysPerWeek,
        side,
        load,
        notes);
  }
}
