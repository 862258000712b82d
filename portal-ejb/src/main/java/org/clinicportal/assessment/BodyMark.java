package org.clinicportal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.clinicportal.platform.ClinicOwned;

/** A point or pain area marked on an assessment's body chart. */
@Entity
@Table(name = "assessment_mark")
public class BodyMark extends ClinicOwned {

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
  private Assessment assessment;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 15)
  private MarkKind kind;

  @Column(nullable = false)
  private double x;

  @Column(nullable = false)
  private double y;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private BodySite site;

  protected BodyMark() {}

  BodyMark(Assessment assessment, int position, MarkRow mark) {
    this.assessment = assessment;
    this.position = position;
    this.kind = mark.getKind();
    this.x = mark.getX();
    this.y = mark.getY();
    this.site = mark.getSite();
  }

  MarkRow toMark() {
    return new MarkRow(kind, x, y, site);
  }

  public int getPosition() {
    return position;
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
