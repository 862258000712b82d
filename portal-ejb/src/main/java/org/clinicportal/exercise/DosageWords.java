package org.clinicportal.exercise;

import java.util.ArrayList;
import java.util.List;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Words;

/**
 * Words a dosage in a language, from {@code exercise/dosage.properties} and its translations: the
 * dosage itself only holds figures.
 */
final class DosageWords {

  private static final String BUNDLE = "org.clinicportal.exercise.dosage";

  private final Words words;

  private DosageWords(Language language) {
    this.words = language.words(BUNDLE, DosageWords.class);
  }

  static String of(Dosage dosage, Language language) {
    return new DosageWords(language).word(dosage);
  }

  private String word(Dosage dosage) {
    List<String> parts = new ArrayList<>();
    Integer sets = dosage.getSets();
    Integer repetitions = dosage.getRepetitions();
    if (sets != null && repetitions != null) {
      parts.add(words.format("setsOf", sets, repetitions));
    } else if (sets != null) {
      parts.add(words.format("sets", sets));
    } else if (repetitions != null) {
      parts.add(words.format("times", repetitions));
    }
    if (dosage.getHoldSeconds() != null) {
      parts.add(words.format("hold", length(dosage.getHoldSeconds())));
    }
    if (dosage.getDurationSeconds() != null) {
      parts.add(words.format("during", length(dosage.getDurationSeconds())));
    }
    if (dosage.getRestSeconds() != null && sets != null && sets > 1) {
      parts.add(words.format("rest", length(dosage.getRestSeconds())));
    }
    if (dosage.getLoad() != null) {
      parts.add(words.format("load", dosage.getLoad()));
    }
    parts.add(words.text("side." + dosage.getSide().name()));
    parts.add(words.format("perDay", dosage.getTimesPerDay()));
    parts.add(
        dosage.getDaysPerWeek() == 7
            ? words.text("everyDay")
            : words.format("perWeek", dosage.getDaysPerWeek()));
    return String.join(", ", parts);
  }

  private String length(int seconds) {
    int minutes = seconds / 60;
    int rest = seconds % 60;
    if (minutes == 0) {
      return words.format("seconds", rest);
    }
    return rest == 0
        ? words.format("minutes", minutes)
        : words.format(
            "minutesAndSeconds", words.format("minutes", minutes), words.format("seconds", rest));
  }
}
