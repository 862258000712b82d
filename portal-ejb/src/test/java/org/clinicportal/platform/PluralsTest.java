package org.clinicportal.platform;

import static org.clinicportal.platform.Plurals.Category.FEW;
import static org.clinicportal.platform.Plurals.Category.MANY;
import static org.clinicportal.platform.Plurals.Category.ONE;
import static org.clinicportal.platform.Plurals.Category.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Whole numbers fall into each language's plural categories as the Unicode CLDR rules say. */
class PluralsTest {

  private static List<Plurals.Category> of(Language language, long... numbers) {
    return LongStream.of(numbers).mapToObj(n -> Plurals.of(language, n)).toList();
  }

  @Test
  void polishHasOneFewAndMany() {
    assertEquals(
        List.of(MANY, ONE, FEW, FEW, MANY, MANY, MANY, MANY, FEW, MANY, MANY, FEW),
        of(Language.POLISH, 0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 112, 1002));
  }

  @Test
  void ukrainianTakesTheOneFormForTwentyOneButNotEleven() {
    assertEquals(
        List.of(MANY, ONE, FEW, MANY, MANY, MANY, ONE, FEW, MANY, ONE, MANY),
        of(Language.UKRAINIAN, 0, 1, 2, 5, 11, 12, 21, 22, 25, 101, 111));
  }

  @Test
  void frenchCountsZeroWithOneAndTheOthersOnlyOne() {
    assertEquals(List.of(ONE, ONE, OTHER), of(Language.FRENCH, 0, 1, 2));
    for (Language language : List.of(Language.ENGLISH, Language.GERMAN, Language.SPANISH)) {
      assertEquals(List.of(OTHER, ONE, OTHER, OTHER), of(language, 0, 1, 2, 21), language.name());
    }
  }

  @Test
  void aBlockBecomesTheBranchItsNumberSelects() {
    String pattern = "{0,plural,=2{twice}one{# set}few{# sets}many{# sets of {1}}} a day";

    assertEquals("twice a day", Plurals.expand(Language.POLISH, pattern, 2, "x"));
    assertEquals("{0,number,integer} set a day", Plurals.expand(Language.POLISH, pattern, 1, "x"));
    assertEquals(
        "{0,number,integer} sets of {1} a day", Plurals.expand(Language.POLISH, pattern, 25, "x"));
    assertEquals("no block {0}", Plurals.expand(Language.POLISH, "no block {0}", 3));
  }

  @Test
  void aBlockWithoutABranchForTheNumberOrWithoutItsNumberIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Plurals.expand(Language.POLISH, "{0,plural,one{# set}few{# sets}}", 5));
    assertThrows(
        IllegalArgumentException.class,
        () -> Plurals.expand(Language.POLISH, "{0,plural,one{# set}other{# sets}}", "five"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Plurals.expand(Language.POLISH, "{0,plural,one{# set", 1));
  }
}
