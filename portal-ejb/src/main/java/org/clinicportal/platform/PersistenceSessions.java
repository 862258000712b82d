package org.clinicportal.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Registers the portal's session listeners with the persistence unit: the statement count behind
 * "statements per page", and the emptying of each persistence context its transaction is done with.
 */
public class PersistenceSessions implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getEventManager().addListener(new SqlStatementListener());
    session.getEventManager().addListener(new ReleasedWorkListener());
  }
}
