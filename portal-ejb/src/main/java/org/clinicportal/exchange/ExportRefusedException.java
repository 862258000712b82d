package org.clinicportal.exchange;

import jakarta.ejb.ApplicationException;

/**
 * A Bulk Data request the portal refused for what it asked, with the HTTP status that says why: 400
 * for a parameter it does not take, 404 for a caseload or export it does not know, 429 while the
 * client's last export still runs.
 */
@ApplicationException(rollback = true)
public class ExportRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  public ExportRefusedException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int getStatus() {
    return status;
  }

  static ExportRefusedException notFound() {
    return new ExportRefusedException(404, "No such export");
  }

  static ExportRefusedException running() {
    return new ExportRefusedException(
        429, "An export of this client is still running; wait for it or cancel it");
  }
}
