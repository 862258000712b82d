package org.clinicportal.reminder;

/**
 * Lines of an iCalendar document (RFC 5545): each ends with CRLF and is folded so that no line is
 * longer than 75 octets of UTF-8, a character never split over two lines.
 */
final class ContentLines {
  static final int MAX_OCTETS = 75;

  private final StringBuilder out = new StringBuilder();

  /** Adds a whole content line, such as "BEGIN:VEVENT" or "DTSTART;VALUE=DATE:20261215". */
  ContentLines add(String line) {
    int octets = 0;
    for (int at = 0; at < line.length(); ) {
      int codePoint = line.codePointAt(at);
      int size = utf8Octets(codePoint);
      if (octets + size > MAX_OCTETS) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      at += Character.charCount(codePoint);
    }
    out.append("\r\n");
    return this;
  }

  /** Adds a property whose value is text a person reads, escaped. */
  ContentLines addText(String name, String text) {
    return add(name + ":" + text(text));
  }

  /**
   * Text as a property value: backslash, semicolon and comma escaped, line breaks as "\n", other
   * control characters left out.
   */
  static String text(String text) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder escaped = new StringBuilder();
    for (char c : lines.toCharArray()) {
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case ';' -> escaped.append("\\;");
        case ',' -> escaped.append("\\,");
        case '\n' -> escaped.append("\\n");
        default -> {
          if (c == '\t' || !Character.isISOControl(c)) {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  private static int utf8Octets(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
