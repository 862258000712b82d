package org.clinicportal.assessment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signs noted on a lump at skin level, each once, in the order noted. A value, stored as one
 * column by {@link Text}.
 */
public final class SkinSigns {

  private static final SkinSigns NONE = new SkinSigns(List.of());

  private final List<SkinSign> signs;

  private SkinSigns(List<SkinSign> signs) {
    this.signs = signs;
  }

  public static SkinSigns none() {
    return NONE;
  }

  /** The signs noted, each once; nulls are left out. */
  public static SkinSigns of(SkinSign... noted) {
    return noted == null
        ? NONE
        : new SkinSigns(Arrays.stream(noted).filter(sign -> sign != null).distinct().toList());
  }

  public List<SkinSign> asList() {
    return signs;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SkinSigns that && signs.equals(that.signs);
  }

  @Override
  public int hashCode() {
    return signs.hashCode();
  }

  @Override
  public String toString() {
    return signs.toString();
  }

  /** The stored form: the signs' names, comma-separated; empty for none. */
  @Converter
  public static class Text implements AttributeConverter<SkinSigns, String> {

    @Override
    public String convertToDatabaseColumn(SkinSigns noted) {
      return (noted == null ? NONE : noted)
          .signs.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public SkinSigns convertToEntityAttribute(String stored) {
      return stored == null || stored.isEmpty()
          ? NONE
          : new SkinSigns(Arrays.stream(stored.split(",")).map(SkinSign::valueOf).toList());
    }
  }
}
