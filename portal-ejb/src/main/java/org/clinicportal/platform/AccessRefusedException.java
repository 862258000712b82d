package org.clinicportal.platform;

/** The caller's role does not allow what was asked; nothing was read or changed. */
public class AccessRefusedException extends RecordException {
  private static final long serialVersionUID = 1L;

  public AccessRefusedException() {
    super("access.refused");
  }
}
