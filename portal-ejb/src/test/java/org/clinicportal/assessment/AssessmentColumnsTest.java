package org.clinicportal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The red-flag answers and skin signs as one column each, read back as they were written. */
class AssessmentColumnsTest {

  private final RedFlagAnswers.Text flagsText = new RedFlagAnswers.Text();
  private final SkinSigns.Text signsText = new SkinSigns.Text();

  @Test
  void redFlagAnswersAreStoredInTheScreensOrderAndReadBack() {
    Map<RedFlag, Boolean> given = new LinkedHashMap<>();
    given.put(RedFlag.FOOT_DROP, true);
    given.put(RedFlag.MAJOR_TRAUMA, false);
    RedFlagAnswers answers = RedFlagAnswers.of(given);

    String stored = flagsText.convertToDatabaseColumn(answers);
    assertEquals("MAJOR_TRAUMA=N,FOOT_DROP=Y", stored);
    assertEquals(answers, flagsText.convertToEntityAttribute(stored));
    assertEquals(Set.of(RedFlag.FOOT_DROP), answers.present());
    assertFalse(answers.isComplete());
    assertEquals("", flagsText.convertToDatabaseColumn(RedFlagAnswers.none()));
    assertEquals(RedFlagAnswers.none(), flagsText.convertToEntityAttribute(""));
  }

  @Test
  void everyFlagAnsweredMakesACompleteScreen() {
    Map<RedFlag, Boolean> all = new LinkedHashMap<>();
    for (RedFlag flag : RedFlag.values()) {
      all.put(flag, false);
    }
    RedFlagAnswers answers = RedFlagAnswers.of(all);
    assertTrue(answers.isComplete());
    assertEquals(
        answers, flagsText.convertToEntityAttribute(flagsText.convertToDatabaseColumn(answers)));
  }

  @Test
  void skinSignsAreKeptOnceEachInTheOrderNoted() {
    SkinSigns signs = SkinSigns.of(SkinSign.PIMPLE, SkinSign.CYST, SkinSign.PIMPLE, null);
    assertEquals(List.of(SkinSign.PIMPLE, SkinSign.CYST), signs.asList());
    String stored = signsText.convertToDatabaseColumn(signs);
    assertEquals("PIMPLE,CYST", stored);
    assertEquals(signs, signsText.convertToEntityAttribute(stored));
    assertEquals(SkinSigns.none(), signsText.convertToEntityAttribute(""));
    assertEquals("", signsText.convertToDatabaseColumn(SkinSigns.none()));
  }
}
