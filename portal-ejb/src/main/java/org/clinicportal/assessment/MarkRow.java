package org.clinicportal.assessment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** A point or pain area marked on the body chart. */
public class MarkRow implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull private MarkKind kind;

  @DecimalMin(value = "0", message = "{assessment.mark.outside}")
  @DecimalMax(value = "" + BodySite.WIDTH, message = "{assessment.mark.outside}")
  private double x;

  @DecimalMin(value = "0", message = "{assessment.mark.outside}")
  @DecimalMax(value = "" + BodySite.HEIGHT, message = "{assessment.mark.outside}")
  private double y;

  @NotNull private BodySite site;

  public MarkRow() {}

  public MarkRow(MarkKind kind, double x, double y, BodySite site) {
    this.kind = kind;
    this.x = x;
    this.y = y;
    this.site = site;
  }

  /** A mark where the examiner pointed, named after the nearest place. */
  public static MarkRow at(MarkKind kind, double x, double y) {
    double roundedX = Math.round(x * 10) / 10.0;
    double roundedY = Math.round(y * 10) / 10.0;
    return new MarkRow(kind, roundedX, roundedY, BodySite.nearest(roundedX, roundedY));
  }

  /** A mark on a named place, as added from the keyboard. */
  public static MarkRow on(MarkKind kind, BodySite site) {
    return new MarkRow(kind, site.x(), site.y(), site);
  }

  public MarkKind getKind() {
    return kind;
  }

  public double getX() {
    return x;
  }

  public double getY() {
    return y;
  }

  public BodySite getSite() {
    return site;
  }
}
