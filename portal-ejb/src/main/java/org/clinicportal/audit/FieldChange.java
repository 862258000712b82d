package org.clinicportal.audit;

import java.io.Serializable;

/** One field of a record as it was and as it became; null stands for empty. */
public record FieldChange(String field, String before, String after) implements Serializable {

  /** One line of an audit entry: field, before and after separated by tabs. */
  public String asAuditLine() {
    return field + "\t" + flat(before) + "\t" + flat(after);
  }

  private static String flat(String value) {
    return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
  }

  public static FieldChange fromAuditLine(String line) {
    String[] parts = line.split("\t", -1);
    return new FieldChange(
        parts[0],
        blankToNull(parts.length > 1 ? parts[1] : ""),
        blankToNull(parts.length > 2 ? parts[2] : ""));
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
