package org.clinicportal.web;

import java.util.OptionalLong;

/** Reads a record id from a URL: anything that is not a positive whole number is no id at all. */
public final class RecordIds {

  private RecordIds() {}

  public static OptionalLong parse(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(text));
  }
}
