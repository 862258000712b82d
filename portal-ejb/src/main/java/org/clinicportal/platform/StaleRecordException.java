package org.clinicportal.platform;

import jakarta.ejb.ApplicationException;

/** Someone else saved the record after it was opened for editing; nothing was overwritten. */
@ApplicationException(rollback = true)
public class StaleRecordException extends RecordException {
  private static final long serialVersionUID = 1L;

  public StaleRecordException() {
    super("record.stale");
  }
}
