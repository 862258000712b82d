package org.clinicportal.exercise;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.clinicportal.platform.Language;

/**
 * Words a dosage in a language, from {@code exercise/dosage.properties} and its translations: the
 * dosage itself only holds figures.
 */
final class DosageWords {

  private static final String BUNDLE = "org.clinicportal.exercise.dosage";

  private final Language language;
  private final ResourceBundle words;

  private DosageWords(Language language) {
    this.language = language;
    this.words = language.bundle(BUNDLE, DosageWords.class);
  }

  static String of(Dosage dosage, Language language) {
    return new DosageWords(language).word(dosage);
  }

  private String word(Dosage dosage) {
    List<String> parts = new ArrayList<>();
    Integer sets = dosage.getSets();
    Integer repetitions = dosage.getRepetitions();
    if (sets != null && repetitions != null) {
      parts.add(format("setsOf", sets, repetitions));
    } else if (sets != null) {
      parts.add(format("sets", sets));
    } else if (repetitions != null) {
      parts.add(format("times", repetitions));
    }
    if (dosage.getHoldSeconds() != null) {
      parts.add(format("hold", length(dosage.getHoldSeconds())));
    }
    if (dosage.getDurationSeconds() != null) {
      parts.add(format("during", length(dosage.getDurationSeconds())));
    }
    if (dosage.getRestSeconds() != null && sets != null && sets > 1) {
      parts.add(format("rest", length(dosage.getRestSeconds())));
    }
    if (dosage.getLoad() != null) {
      parts.add(format("load", dosage.getLoad()));
    }
    parts.add(words.getString("side." + dosage.getSide().name()));
    parts.add(format("perDay", dosage.getTimesPerDay()));
    parts.add(
        dosage.getDaysPerWeek() == 7
            ? words.getString("everyDay")
            : format("perWeek", dosage.getDaysPerWeek()));
    return String.join(", ", parts);
  }

  private String length(int seconds) {
    int minutes = seconds / 60;
    int rest = seconds % 60;
    if (minutes == 0) {
      return format("seconds", rest);
    }
    return rest == 0
        ? format("minutes", minutes)
        : format("minutesAndSeconds", format("minutes", minutes), format("seconds", rest));
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(words.getString(key), language.locale()).format(arguments);
  }
}
