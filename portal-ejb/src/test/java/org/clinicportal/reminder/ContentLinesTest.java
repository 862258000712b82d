package org.clinicportal.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentLinesTest {

  @Test
  void aShortLineEndsWithCrLf() {
    assertEquals("BEGIN:VEVENT\r\n", new ContentLines().add("BEGIN:VEVENT").toString());
  }

  @Test
  void aLongLineIsFoldedAt75Octets() {
    String line = "X".repeat(80);
    assertEquals(
        "X".repeat(75) + "\r\n " + "X".repeat(5) + "\r\n", new ContentLines().add(line).toString());
  }

  @Test
  void foldedLinesCountTheirLeadingSpace() {
    String line = "X".repeat(75 + 74 + 1);
    assertEquals(
        "X".repeat(75) + "\r\n " + "X".repeat(74) + "\r\n X\r\n",
        new ContentLines().add(line).toString());
  }

  @Test
  void aCharacterIsNeverSplitOverTwoLines() {
    String line = "X".repeat(74) + "é" + "ü";
    assertEquals("X".repeat(74) + "\r\n éü\r\n", new ContentLines().add(line).toString());
    String emoji = "X".repeat(72) + "\uD83D\uDCAA";
    assertEquals(
        "X".repeat(72) + "\r\n \uD83D\uDCAA\r\n", new ContentLines().add(emoji).toString());
    String fits = "X".repeat(71) + "\uD83D\uDCAA";
    assertEquals(fits + "\r\n", new ContentLines().add(fits).toString());
  }

  @Test
  void textEscapesWhatICalendarReserves() {
    assertEquals(
        "Physio Nord\\, Köln\\; Team \\\\ Praxis\\nZeile zwei\\nZeile drei",
        ContentLines.text("Physio Nord, Köln; Team \\ Praxis\r\nZeile zwei\nZeile drei"));
  }

  @Test
  void textLeavesOutControlCharactersButTabs() {
    assertEquals("a\tb", ContentLines.text("a\u0007\tb\u0000"));
  }
}
