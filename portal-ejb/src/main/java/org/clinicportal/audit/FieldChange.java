package org.clinicportal.audit;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One field of a record as it was and as it became; null stands for empty. This is the one shape of
 * an audit entry's details and of an amendment's list of changes, and the only place that writes or
 * reads their text: a line per change, with field, before and after separated by tabs.
 */
public record FieldChange(String field, String before, String after) implements Serializable {

  /** A field given a value where it had none (a username issued, an alert raised). */
  public static FieldChange set(String field, String value) {
    return new FieldChange(field, null, value);
  }

  /** The changes as stored: a line each. */
  public static String asText(Collection<FieldChange> changes) {
    return changes.stream().map(FieldChange::asLine).collect(Collectors.joining("\n"));
  }

  /** The changes that {@link #asText} wrote; empty for empty text. */
  public static List<FieldChange> fromText(String text) {
    return text == null || text.isEmpty()
        ? List.of()
        : text.lines().map(FieldChange::fromLine).toList();
  }

  private String asLine() {
    return field + "\t" + flat(before) + "\t" + flat(after);
  }

  private static String flat(String value) {
    return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
  }

  private static FieldChange fromLine(String line) {
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
