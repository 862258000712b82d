package org.clinicportal.assessment;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Named places on the body chart, a view of the back and hips in a 300 x 400 drawing with the
 * patient's left on the left. A mark placed by pointing is named after the nearest place; a mark
 * added from the keyboard is placed on the place chosen.
 */
public enum BodySite {
  LUMBAR_SPINE(150, 115),
  ERECTOR_SPINAE_LEFT(134, 80),
  ERECTOR_SPINAE_RIGHT(166, 80),
  QUADRATUS_LUMBORUM_LEFT(110, 112),
  QUADRATUS_LUMBORUM_RIGHT(190, 112),
  MULTIFIDUS_LEFT(140, 140),
  MULTIFIDUS_RIGHT(160, 140),
  ILIAC_CREST_LEFT(84, 150),
  ILIAC_CREST_RIGHT(216, 150),
  SACROILIAC_LEFT(136, 178),
  SACROILIAC_RIGHT(164, 178),
  GLUTEUS_MEDIUS_LEFT(92, 176),
  GLUTEUS_MEDIUS_RIGHT(208, 176),
  GLUTEUS_MINIMUS_LEFT(74, 198),
  GLUTEUS_MINIMUS_RIGHT(226, 198),
  PIRIFORMIS_LEFT(116, 206),
  PIRIFORMIS_RIGHT(184, 206),
  GREATER_TROCHANTER_LEFT(58, 224),
  GREATER_TROCHANTER_RIGHT(242, 224),
  LOWER_BUTTOCK_LEFT(108, 246),
  LOWER_BUTTOCK_RIGHT(192, 246),
  BACK_OF_THIGH_LEFT(100, 320),
  BACK_OF_THIGH_RIGHT(200, 320);

  public static final int WIDTH = 300;
  public static final int HEIGHT = 400;

  private final int x;
  private final int y;

  BodySite(int x, int y) {
    this.x = x;
    this.y = y;
  }

  public int x() {
    return x;
  }

  public int y() {
    return y;
  }

  /** The named place closest to a point of the drawing. */
  public static BodySite nearest(double x, double y) {
    return Arrays.stream(values())
        .min(Comparator.comparingDouble(site -> Math.hypot(site.x - x, site.y - y)))
        .orElseThrow();
  }
}
