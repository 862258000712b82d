package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLinesTest {

  @Test
  void cellsThatASpreadsheetWouldRunAreWrittenAsText() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvLines.cell("=HYPERLINK(\"x\")"));
    assertEquals("'+1", CsvLines.cell("+1"));
    assertEquals("'-2", CsvLines.cell("-2"));
    assertEquals("'@SUM(A1)", CsvLines.cell("@SUM(A1)"));
    assertEquals("'\tx", CsvLines.cell("\tx"));
    assertEquals("\"Lee, Dana\"", CsvLines.cell("Lee, Dana"));
    assertEquals("\"two\nlines\"", CsvLines.cell("two\nlines"));
    assertEquals("Dana", CsvLines.cell("Dana"));
    assertEquals("", CsvLines.cell(""));
  }

  @Test
  void aLineJoinsItsCellsWithCommasAndEndsWithCrLf() {
    assertEquals("a,\"b,c\",,'=1\r\n", CsvLines.line(List.of("a", "b,c", "", "=1")));
  }
}
