package org.clinicportal.assessment;

/** What a mark on the body chart shows. */
public enum MarkKind {
  TRIGGER_POINT,
  PAIN_AREA
}
