package org.clinicportal.platform;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Tells {@link SqlStatementCount} of every SQL statement; registered by {@link
 * PersistenceSessions}.
 */
public class SqlStatementListener extends SessionEventAdapter {

  @Override
  public void preExecuteCall(SessionEvent event) {
    if (event.getCall() instanceof DatabaseCall) {
      SqlStatementCount.countOne();
    }
  }
}
