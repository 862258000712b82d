package org.clinicportal.assessment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answers of an assessment's red-flag screen: each flag asked, found present or absent. A
 * value: answering again makes new answers. Stored as one column by {@link Text}.
 */
public final class RedFlagAnswers {

  private static final RedFlagAnswers NONE = new RedFlagAnswers(new EnumMap<>(RedFlag.class));

  private final Map<RedFlag, Boolean> answers;

  private RedFlagAnswers(EnumMap<RedFlag, Boolean> answers) {
    this.answers = Collections.unmodifiableMap(answers);
  }

  public static RedFlagAnswers none() {
    return NONE;
  }

  /** The answers given, in any order; a flag not in the map was not asked. */
  public static RedFlagAnswers of(Map<RedFlag, Boolean> given) {
    EnumMap<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
    given.forEach(
        (flag, present) -> {
          if (flag != null && present != null) {
            answers.put(flag, present);
          }
        });
    return new RedFlagAnswers(answers);
  }

  /** Each flag asked, in the screen's order, and whether it was found present. */
  public Map<RedFlag, Boolean> asMap() {
    return answers;
  }

  /** Whether every flag of the screen was asked. */
  public boolean isComplete() {
    return answers.size() == RedFlag.values().length;
  }

  /** The flags found present. */
  public Set<RedFlag> present() {
    return answers.entrySet().stream()
        .filter(Map.Entry::getValue)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RedFlag.class)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RedFlagAnswers that && answers.equals(that.answers);
  }

  @Override
  public int hashCode() {
    return answers.hashCode();
  }

  @Override
  public String toString() {
    return Text.write(this);
  }

  /** The stored form: {@code FLAG=Y} or {@code FLAG=N} for each flag asked, comma-separated. */
  @Converter
  public static class Text implements AttributeConverter<RedFlagAnswers, String> {

    @Override
    public String convertToDatabaseColumn(RedFlagAnswers answers) {
      return write(answers == null ? NONE : answers);
    }

    @Override
    public RedFlagAnswers convertToEntityAttribute(String stored) {
      EnumMap<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
      if (stored != null && !stored.isEmpty()) {
        for (String answer : stored.split(",")) {
          String[] parts = answer.split("=");
          answers.put(RedFlag.valueOf(parts[0]), "Y".equals(parts[1]));
        }
      }
      return new RedFlagAnswers(answers);
    }

    static String write(RedFlagAnswers answers) {
      return answers.answers.entrySet().stream()
          .map(answer -> answer.getKey().name() + "=" + (answer.getValue() ? "Y" : "N"))
          .collect(Collectors.joining(","));
    }
  }
}
