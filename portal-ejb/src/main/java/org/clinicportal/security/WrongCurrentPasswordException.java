package org.clinicportal.security;

import jakarta.ejb.ApplicationException;

/**
 * The current password given to change it was wrong, or the account is locked. The transaction is
 * kept: the attempt is counted towards the lockout and written to the audit trail.
 */
@ApplicationException(rollback = false)
public class WrongCurrentPasswordException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean locked;

  public WrongCurrentPasswordException(boolean locked) {
    super(locked ? "the account is locked" : "wrong current password");
    this.locked = locked;
  }

  /** Whether the account is now locked, and the session that tried must end. */
  public boolean locked() {
    return locked;
  }
}
