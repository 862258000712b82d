package org.clinicportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsALongUncommonPassword() {
    assertEquals(List.of(), PasswordPolicy.problems("Kneecap-Lantern-42", "dana"));
    assertEquals(List.of(), PasswordPolicy.problems("Demo!Back2026", "therapist"));
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
    assertEquals(List.of("password.tooLong"), PasswordPolicy.problems("q".repeat(129), "dana"));
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
