package org.clinicportal.homecare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarKeyTest {

  @Test
  void aNewKeyReadsBackFromItsLinkAndNamesItsClinic() {
    CalendarKey key = CalendarKey.random(42);
    String path = key.path();
    assertTrue(path.matches("/calendar/42\\.[A-Za-z0-9_-]{43}\\.ics"), path);
    String token = path.substring("/calendar/".length(), path.length() - ".ics".length());
    assertEquals(key, CalendarKey.parse(token).orElseThrow());
  }

  @Test
  void everyKeyHasItsOwnSecretAndOnlyItsHashIsKept() {
    CalendarKey one = CalendarKey.random(42);
    CalendarKey other = CalendarKey.random(42);
    assertNotEquals(one.secret(), other.secret());
    assertEquals(32, CalendarKey.hash(one.secret()).length);
    assertArrayEquals(CalendarKey.hash(one.secret()), CalendarKey.hash(one.secret()));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "42",
        "42.",
        "0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "x.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "42.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "42.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "42.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "42.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/",
        "-1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "1234567890123456789.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
      })
  void anythingNotShapedLikeALinkIsNoKey(String token) {
    assertTrue(CalendarKey.parse(token).isEmpty(), token);
  }
}
