package org.clinicportal.assessment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The Oswestry Disability Index: ten sections scored 0-5. The index is the sum over the sections
 * answered, divided by five times their number, as a percentage; with more than two sections
 * unanswered it is not given.
 */
public final class OswestryIndex {

  /** The smallest change in the index taken as clinically important, in percentage points. */
  public static final double MINIMAL_IMPORTANT_CHANGE = 10.0;

  static final int MIN_ANSWERED = 8;

  /** The highest score of a section. */
  public static final int MAX_SCORE = 5;

  /** The ten sections of the questionnaire. */
  public enum Section {
    PAIN_INTENSITY,
    PERSONAL_CARE,
    LIFTING,
    WALKING,
    SITTING,
    STANDING,
    SLEEPING,
    SEX_LIFE,
    SOCIAL_LIFE,
    TRAVELLING
  }

  /** The bands of disability the index falls into. */
  public enum Band {
    MINIMAL,
    MODERATE,
    SEVERE,
    CRIPPLED,
    BED_BOUND_OR_EXAGGERATING
  }

  private final Map<Section, Integer> answers;

  public OswestryIndex(Map<Section, Integer> answers) {
    this.answers = new EnumMap<>(Section.class);
    answers.forEach(
        (section, score) -> {
          if (score == null) {
            return;
          }
          if (score < 0 || score > MAX_SCORE) {
            throw new IllegalArgumentException("An Oswestry section scores 0 to 5, not " + score);
          }
          this.answers.put(section, score);
        });
  }

  /**
   * The index of scores given in the order of the sections, null for a section not answered, as a
   * report reads them from rows.
   */
  public static OswestryIndex inSectionOrder(List<Integer> scores) {
    if (scores.size() != Section.values().length) {
      throw new IllegalArgumentException("One score per section, not " + scores.size());
    }
    Map<Section, Integer> answers = new EnumMap<>(Section.class);
    for (Section section : Section.values()) {
      answers.put(section, scores.get(section.ordinal()));
    }
    return new OswestryIndex(answers);
  }

  /** The score given to a section, or empty when it was not answered. */
  public java.util.OptionalInt score(Section section) {
    Integer score = answers.get(section);
    return score == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(score);
  }

  public int answered() {
    return answers.size();
  }

  /** The index in percent, or empty when too few sections were answered to give one. */
  public OptionalDouble percent() {
    if (answers.size() < MIN_ANSWERED) {
      return OptionalDouble.empty();
    }
    int sum = answers.values().stream().mapToInt(Integer::intValue).sum();
    return OptionalDouble.of(100.0 * sum / ((double) MAX_SCORE * answers.size()));
  }

  public static Band band(double percent) {
    if (percent <= 20) {
      return Band.MINIMAL;
    }
    if (percent <= 40) {
      return Band.MODERATE;
    }
    if (percent <= 60) {
      return Band.SEVERE;
    }
    if (percent <= 80) {
      return Band.CRIPPLED;
    }
    return Band.BED_BOUND_OR_EXAGGERATING;
  }
}
