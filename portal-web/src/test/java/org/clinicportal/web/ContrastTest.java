package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Contrast ratios as WCAG 2 gives them for known pairs of colours. */
class ContrastTest {

  @Test
  void blackOnWhiteIsTheLargestContrastAndAColourOnItselfTheLeast() {
    assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 0.001);
    assertEquals(1.0, Contrast.ratio("#1f6f78", "#1f6f78"), 0.001);
  }

  @Test
  void thePortalsOwnColoursMeasureAsTheContrastCheckersSay() {
    assertEquals(5.83, Contrast.ratio("#1f6f78", "#ffffff"), 0.01);
    assertEquals(3.12, Contrast.ratio("#2196f3", "#ffffff"), 0.01);
    assertEquals(4.54, Contrast.ratio("#767676", "#ffffff"), 0.01);
  }
}
