package org.clinicportal.platform;

import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Empties a persistence context once its transaction is over. Every entity read in a transaction
 * points back at that transaction's unit of work, and the unit of work keeps every entity it read:
 * a page that keeps one patient between requests would otherwise keep every row its request read,
 * for as long as the page lives in the session. Entities a page keeps stay as they were; a lazy
 * relation of theirs not yet read is read anew when asked for.
 */
public class ReleasedWorkListener extends SessionEventAdapter {

  @Override
  public void postReleaseUnitOfWork(SessionEvent event) {
    if (event.getSession() instanceof UnitOfWorkImpl released) {
      released.clear(true);
    }
  }
}
