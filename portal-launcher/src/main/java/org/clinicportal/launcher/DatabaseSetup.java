package org.clinicportal.launcher;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Makes sure the portal's database and its two roles exist: the owner of the schema, which the
 * migrations run as, and the application role the portal connects as, which owns nothing and is
 * held to row-level security. When both roles can connect, nothing is touched; otherwise the
 * administrative role creates what is missing, where it may.
 */
final class DatabaseSetup {

  /**
   * PostgreSQL's SQLSTATE classes: 08 connection exceptions, 28 invalid authorisation, 3D000
   * unknown database.
   */
  private static final String CONNECTION_FAILURE = "08";

  private final Settings settings;

  DatabaseSetup(Settings settings) {
    this.settings = settings;
  }

  void ensureReady() throws LaunchFailure {
    if (canConnect(settings.dbOwner(), settings.dbOwnerPassword())
        && canConnect(settings.dbUser(), settings.dbPassword())) {
      return;
    }
    createRolesAndDatabase(false);
  }

  /** Drops and recreates the database, for test runs that must start from nothing. */
  void recreate() throws LaunchFailure {
    createRolesAndDatabase(true);
  }

  private boolean canConnect(String role, String password) throws LaunchFailure {
    try (Connection ignored = connect(settings.dbUrl(), role, password)) {
      return true;
    } catch (SQLException e) {
      if (unreachable(e)) {
        throw unreachableFailure();
      }
      return false;
    }
  }

  /**
   * How the portal's database is made whatever the server's defaults: UTF-8, with the C.UTF-8
   * character classes, so that lower() knows Ł from ł and Олена from олена (the patient search's
   * keys), and the C sort order that the search's indexes rely on.
   */
  static final String UNICODE_DATABASE =
      " template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'";

  private void createRolesAndDatabase(boolean dropFirst) throws LaunchFailure {
    String database = settings.databaseName();
    try (Connection admin =
            connect(settings.maintenanceUrl(), settings.dbAdminUser(), settings.dbAdminPassword());
        Statement sql = admin.createStatement()) {
      createRoleIfMissing(admin, settings.dbOwner(), settings.dbOwnerPassword());
      createRoleIfMissing(admin, settings.dbUser(), settings.dbPassword());
      if (dropFirst) {
        sql.execute("drop database if exists " + identifier(database) + " with (force)");
      }
      if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
        sql.execute(
            "create database "
                + identifier(database)
                + " owner "
                + identifier(settings.dbOwner())
                + UNICODE_DATABASE);
      }
    } catch (SQLException e) {
      if (unreachable(e)) {
        throw unreachableFailure();
      }
      throw new LaunchFailure(
          "PostgreSQL at "
              + settings.dbUrl()
              + " refused the portal's roles "
              + settings.dbOwner()
              + " and "
              + settings.dbUser()
              + ", and the administrative role "
              + settings.dbAdminUser()
              + " could not create them ("
              + e.getMessage().lines().findFirst().orElse("")
              + "): create the roles and database yourself, or set PORTAL_DB_OWNER,"
              + " PORTAL_DB_USER and their passwords.");
    }
    requireConnects(settings.dbOwner(), settings.dbOwnerPassword(), "PORTAL_DB_OWNER_PASSWORD");
    requireConnects(settings.dbUser(), settings.dbPassword(), "PORTAL_DB_PASSWORD");
  }

  /** An ordinary login role: no superuser, no BYPASSRLS, nothing it may create. */
  private static void createRoleIfMissing(Connection admin, String role, String password)
      throws SQLException {
    if (!exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
      try (Statement sql = admin.createStatement()) {
        sql.execute("create role " + identifier(role) + " login password " + literal(password));
      }
    }
  }

  private void requireConnects(String role, String password, String variable) throws LaunchFailure {
    try (Connection ignored = connect(settings.dbUrl(), role, password)) {
      return;
    } catch (SQLException e) {
      throw new LaunchFailure(
          "The role "
              + role
              + " still cannot sign in to "
              + settings.dbUrl()
              + " ("
              + e.getMessage().lines().findFirst().orElse("")
              + "): check "
              + variable
              + " and the server's pg_hba.conf.");
    }
  }

  private LaunchFailure unreachableFailure() {
    return new LaunchFailure(
        "Cannot reach PostgreSQL at "
            + settings.dbUrl()
            + ": start PostgreSQL there, or set PORTAL_DB_URL to a server that is running.");
  }

  private static boolean unreachable(SQLException e) {
    String state = e.getSQLState();
    if (state != null && state.startsWith(CONNECTION_FAILURE)) {
      return true;
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  private static Connection connect(String url, String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "5");
    properties.setProperty("loginTimeout", "10");
    return DriverManager.getConnection(url, properties);
  }

  private static boolean exists(Connection connection, String query, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, name);
      return statement.executeQuery().next();
    }
  }

  /**
   * A PostgreSQL identifier, quoted; names come from the portal's own settings, never from a
   * request.
   */
  static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
