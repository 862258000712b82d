package org.clinicportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsALongUncommonPassword() {
    assertEquals(List.of(), PasswordPolicy.problems("Kneecap-Lantern-42", "dana"));
    assertEquals(
        List.of(),
        PasswordPolicy.problems("Hamstring!Kettle-48", "therapist", "Demo Physio & Chiro"));
  }

  @Test
  void refusesWhatTheAttackReviewGotThrough() {
    assertEquals(
        List.of("password.trivial"), PasswordPolicy.problems("aaaaaaaaaaaa", "dana", "Riverside"));
    assertEquals(
        List.of("password.containsName"),
        PasswordPolicy.problems("clinicportal", "dana", "Riverside"));
    assertEquals(
        List.of("password.common"),
        PasswordPolicy.problems("Demo!Back2026", "therapist", "Riverside"));
  }

  @Test
  void knowsTheTenThousandMostCommonPasswordsAndMore() {
    for (String common :
        new String[] {
          "1qaz2wsx3edc", "Sunshine2024!!", "Liverpool1892", "Reloaded2024!", "Anastacia1999"
        }) {
      assertEquals(List.of("password.common"), PasswordPolicy.problems(common, "dana"), common);
    }
  }

  @Test
  void refusesThePortalsAndTheClinicsNameInAnyDisguise() {
    List<String> named = List.of("password.containsName");
    assertEquals(named, PasswordPolicy.problems("Clinic Portal 2026!", "dana", "Riverside"));
    assertEquals(named, PasswordPolicy.problems("my-CLINICPORTAL-key", "dana", "Riverside"));
    assertEquals(named, PasswordPolicy.problems("RiversidePhysio!7", "dana", "Riverside Physio"));
    assertEquals(
        named, PasswordPolicy.problems("xx-riverside-physio-xx", "dana", "Riverside Physio"));
    assertEquals(
        List.of(), PasswordPolicy.problems("Kneecap-Lantern-42", "dana", "Riverside Physio"));
    assertEquals(List.of(), PasswordPolicy.problems("Kneecap-Lantern-42", "dana", "Kne"));
  }

  @Test
  void refusesARepeatedCharacterOrUnitAndAPlainRun() {
    for (String trivial :
        new String[] {
          "zzzzzzzzzzzzzzzz", "!!!!!!!!!!!!", "xyxyxyxyxyxy", "kq7!kq7!kq7!kq7!",
          "abcdefghijklmn", "ZYXWVUTSRQPO", "345678901234", "987654321098"
        }) {
      assertTrue(PasswordPolicy.problems(trivial, "dana").contains("password.trivial"), trivial);
    }
    assertEquals(List.of(), PasswordPolicy.problems("kq7!kq7!kq7!kq8!", "dana"));
    assertEquals(List.of(), PasswordPolicy.problems("abcdefghijkm", "dana"));
  }

  @Test
  void refusesAnEmptyPassword() {
    assertEquals(List.of("password.required"), PasswordPolicy.problems("", "dana"));
    assertEquals(List.of("password.required"), PasswordPolicy.problems(null, "dana"));
  }

  @Test
  void refusesFewerThanTwelveCharacters() {
    assertEquals(List.of("password.tooShort"), PasswordPolicy.problems("Kx7!pq2@zLm", "dana"));
  }

  @Test
  void countsCharactersNotBytes() {
    assertEquals(List.of(), PasswordPolicy.problems("ÄÖÜäöüßéèêëî", "dana"));
  }

  @Test
  void allowsSixtyFourCharactersAndRefusesMoreThanOneHundredTwentyEight() {
    assertEquals(List.of(), PasswordPolicy.problems("a".repeat(30) + "Z".repeat(34), "dana"));
    assertEquals(
        List.of("password.tooLong"),
        PasswordPolicy.problems("Kneecap-Lantern-42 ".repeat(7).substring(0, 129), "dana"));
  }

  @Test
  void refusesACommonPasswordAlsoWithDigitsOrSymbolsAppended() {
    assertEquals(List.of("password.common"), PasswordPolicy.problems("passwordpassword", "dana"));
    assertEquals(List.of("password.common"), PasswordPolicy.problems("Physiotherapy2024!", "dana"));
  }

  @Test
  void refusesAPasswordThatContainsTheUsername() {
    assertTrue(
        PasswordPolicy.problems("my-name-is-Dana-Whitfield", "dana")
            .contains("password.containsUsername"));
  }
}
