package org.clinicportal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The answers of an assessment's Oswestry Disability Index: a score from 0 to 5 per section, null
 * for a section not answered. The index is scored from the sections answered.
 */
@Embeddable
public class OswestryAnswers {

  @Column(name = "odi_pain_intensity")
  private Integer painIntensity;

  @Column(name = "odi_personal_care")
  private Integer personalCare;

  @Column(name = "odi_lifting")
  private Integer lifting;

  @Column(name = "odi_walking")
  private Integer walking;

  @Column(name = "odi_sitting")
  private Integer sitting;

  @Column(name = "odi_standing")
  private Integer standing;

  @Column(name = "odi_sleeping")
  private Integer sleeping;

  @Column(name = "odi_sex_life")
  private Integer sexLife;

  @Column(name = "odi_social_life")
  private Integer socialLife;

  @Column(name = "odi_travelling")
  private Integer travelling;

  /** The score of a section, or null when it was not answered. */
  public Integer score(OswestryIndex.Section section) {
    return switch (section) {
      case PAIN_INTENSITY -> painIntensity;
      case PERSONAL_CARE -> personalCare;
      case LIFTING -> lifting;
      case WALKING -> walking;
      case SITTING -> sitting;
      case STANDING -> standing;
      case SLEEPING -> sleeping;
      case SEX_LIFE -> sexLife;
      case SOCIAL_LIFE -> socialLife;
      case TRAVELLING -> travelling;
    };
  }

  /** The index scored from the sections answered. */
  public OswestryIndex index() {
    Map<OswestryIndex.Section, Integer> scores = new EnumMap<>(OswestryIndex.Section.class);
    for (OswestryIndex.Section section : OswestryIndex.Section.values()) {
      if (score(section) != null) {
        scores.put(section, score(section));
      }
    }
    return new OswestryIndex(scores);
  }

  /**
   * These answers with one section's score replaced, for a questionnaire answered a section at a
   * time; null leaves the section out.
   *
   * @throws IllegalArgumentException for a score outside 0 to 5
   */
  public OswestryAnswers with(OswestryIndex.Section section, Integer score) {
    if (score != null && (score < 0 || score > OswestryIndex.MAX_SCORE)) {
      throw new IllegalArgumentException("An Oswestry section scores 0 to 5, not " + score);
    }
    OswestryAnswers copy = new OswestryAnswers();
    for (OswestryIndex.Section each : OswestryIndex.Section.values()) {
      copy.answer(each, each == section ? score : score(each));
    }
    return copy;
  }

  void answer(OswestryIndex.Section section, Integer score) {
    switch (section) {
      case PAIN_INTENSITY -> painIntensity = score;
      case PERSONAL_CARE -> personalCare = score;
      case LIFTING -> lifting = score;
      case WALKING -> walking = score;
      case SITTING -> sitting = score;
      case STANDING -> standing = score;
      case SLEEPING -> sleeping = score;
      case SEX_LIFE -> sexLife = score;
      case SOCIAL_LIFE -> socialLife = score;
      case TRAVELLING -> travelling = score;
    }
  }
}
