package org.clinicportal.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One page of a patient search. The text finds names by their start in either order ("jor", "lee",
 * "lee jor", "jordan l"), record numbers by their start, or, when it is a date (2026-01-31,
 * 31.1.2026 or 31/1/2026), the date of birth. Every character is taken literally.
 */
public record PatientQuery(
    String text,
    Long onlyTherapistAccountId,
    boolean includeArchived,
    PatientSort sort,
    boolean ascending,
    int first,
    int pageSize) {

  public static final int MAX_PAGE_SIZE = 100;

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

  public PatientQuery {
    text = text == null ? "" : text.trim();
    if (text.length() > 100) {
      text = text.substring(0, 100);
    }
    sort = sort == null ? PatientSort.NAME : sort;
    first = Math.max(0, first);
    pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
  }

  public static PatientQuery firstPage(String text) {
    return new PatientQuery(text, null, false, PatientSort.NAME, true, 0, 20);
  }

  /** The date of birth the text stands for, if it is a date. */
  public Optional<LocalDate> dateOfBirth() {
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException e) {
        // not in this format
      }
    }
    return Optional.empty();
  }

  /** The lower-case start that the database's search keys are compared with. */
  public String keyFrom() {
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * The first key after every key that starts with {@link #keyFrom}: the same text with its last
   * character one code point higher, which the keys' C collation orders right after them.
   */
  public String keyUntil() {
    String from = keyFrom();
    int last = from.codePointBefore(from.length());
    return from.substring(0, from.length() - Character.charCount(last))
        + new String(Character.toChars(Math.min(last + 1, Character.MAX_CODE_POINT)));
  }
}
