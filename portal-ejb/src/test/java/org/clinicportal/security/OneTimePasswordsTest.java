package org.clinicportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimePasswordsTest {

  @Test
  void readableGroupsWithoutLookAlikesThatPassThePolicy() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = OneTimePasswords.next();
      assertTrue(
          password.matches("([a-km-np-zA-HJ-NP-Z2-9]{4}-){3}[a-km-np-zA-HJ-NP-Z2-9]{4}"), password);
      assertEquals(List.of(), PasswordPolicy.problems(password, "someone"));
      seen.add(password);
    }
    assertEquals(200, seen.size(), "no repeats");
  }
}
