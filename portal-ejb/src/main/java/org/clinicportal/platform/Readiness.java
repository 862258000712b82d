package org.clinicportal.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether this server can serve the portal now: its database answers through the portal's own
 * connections, and the schema there is the one this build migrated to (a server of an older build
 * behind the same balancer, after a newer one migrated further, is not ready). A load balancer asks
 * this, through the readiness endpoint, before it sends anyone here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Readiness {

  private static final Logger LOG = Logger.getLogger(Readiness.class.getName());
  private static final int SECONDS_TO_ANSWER = 2;

  @Resource(name = "jdbc/portal")
  private DataSource application;

  @Resource(name = "jdbc/portal-schema")
  private DataSource schemaOwner;

  @EJB private SchemaMigrations migrations;

  /** Whether a connection of the portal's pool answers a statement within two seconds. */
  public boolean databaseAnswers() {
    try (Connection db = application.getConnection();
        PreparedStatement ping = db.prepareStatement("select 1")) {
      ping.setQueryTimeout(SECONDS_TO_ANSWER);
      try (ResultSet answer = ping.executeQuery()) {
        return answer.next();
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "The database does not answer the readiness check", e);
      return false;
    }
  }

  /** Whether the database's schema is at the version this build migrated to. */
  public boolean schemaCurrent() {
    try (Connection db = schemaOwner.getConnection();
        PreparedStatement latest =
            db.prepareStatement(
                "select version from flyway_schema_history where success and version is not null"
                    + " order by installed_rank desc limit 1")) {
      latest.setQueryTimeout(SECONDS_TO_ANSWER);
      try (ResultSet row = latest.executeQuery()) {
        String found = row.next() ? row.getString(1) : null;
        boolean current = migrations.version().equals(found);
        if (!current) {
          LOG.warning(
              () ->
                  "The schema is at version "
                      + found
                      + "; this build reads and writes version "
                      + migrations.version());
        }
        return current;
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "The schema's version cannot be read for the readiness check", e);
      return false;
    }
  }
}
