package org.clinicportal.platform;

import java.util.List;

/**
 * Lines of CSV (RFC 4180) for the files the portal gives out. A cell that a spreadsheet would take
 * for a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return) is written with a leading apostrophe, so that text typed into the portal never runs in
 * the spreadsheet that opens the file; a cell holding a comma, a quote or a line break is quoted.
 */
public final class CsvLines {

  private CsvLines() {}

  /** One line of cells, ended by CR LF. */
  public static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells.get(i)));
    }
    return line.append("\r\n").toString();
  }

  /** One cell, neutralised against formulas and quoted when it must be. */
  public static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
