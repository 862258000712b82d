package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which characters a typed text may hold. */
class PlainTextConverterTest {

  @Test
  void lettersPunctuationTabsAndLineBreaksPassAndOtherControlCharactersDoNot() {
    for (String ordinary :
        new String[] {"", "Jordan Lee", "Zoë O'Brien-Šimić", "line one\r\nline two\tend", "😀"}) {
      assertFalse(PlainTextConverter.hasControlCharacter(ordinary), ordinary);
    }
    for (String control : new String[] {"a\u0000b", "\u0001", "x\u001b[31m", "\u007f", "\u000b"}) {
      assertTrue(PlainTextConverter.hasControlCharacter(control), control);
    }
  }
}
