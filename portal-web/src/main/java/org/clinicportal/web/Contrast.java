package org.clinicportal.web;

/** The contrast of two colours as WCAG 2 measures it, from their relative luminance. */
final class Contrast {

  /** The least contrast WCAG 2 (1.4.3, level AA) asks of text of normal size. */
  static final double AA_TEXT = 4.5;

  private Contrast() {}

  /** The contrast of two colours written as {@code #rrggbb}: from 1 (none) to 21. */
  static double ratio(String first, String second) {
    double lighter = Math.max(luminance(first), luminance(second));
    double darker = Math.min(luminance(first), luminance(second));
    return (lighter + 0.05) / (darker + 0.05);
  }

  private static double luminance(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double share = (value & 0xff) / 255.0;
    return share <= 0.04045 ? share / 12.92 : Math.pow((share + 0.055) / 1.055, 2.4);
  }
}
