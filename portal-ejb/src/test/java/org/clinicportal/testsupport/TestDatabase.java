package org.clinicportal.testsupport;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database the integration tests own; each deployment starts from an empty one. Like
 * the portal's own, it has two roles: the owner, which the migrations run as, and an application
 * role that owns nothing, which the portal connects as and row-level security binds.
 */
public final class TestDatabase {

  public static final String URL =
      setting("portal.it.db.url", "jdbc:postgresql://127.0.0.1:5432/portal_it");
  public static final String OWNER = setting("portal.it.db.owner", "portal_it");
  public static final String OWNER_PASSWORD = setting("portal.it.db.ownerPassword", "portal_it");
  public static final String USER = setting("portal.it.db.user", "portal_it_app");
  public static final String PASSWORD = setting("portal.it.db.password", "portal_it_app");
  private static final String ADMIN_USER = setting("portal.it.db.adminUser", "postgres");
  private static final String ADMIN_PASSWORD = setting("portal.it.db.adminPassword", "");

  private TestDatabase() {}

  private static String setting(String property, String fallback) {
    String value = System.getProperty(property);
    return value == null || value.isBlank() ? fallback : value;
  }

  static URI uri() {
    return URI.create(URL.substring("jdbc:".length()));
  }

  public static String name() {
    return uri().getPath().substring(1);
  }

  /**
   * Drops the test database and creates it again, owned by the owner role; creates missing roles.
   */
  public static void recreate() {
    recreate(name());
  }

  /**
   * Drops a database of this name beside the test database and creates it again, owned by the owner
   * role; creates missing roles. Returns its JDBC address.
   */
  public static String recreate(String database) {
    URI uri = uri();
    String server = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/";
    try (Connection admin =
            DriverManager.getConnection(server + "postgres", ADMIN_USER, ADMIN_PASSWORD);
        Statement sql = admin.createStatement()) {
      createRoleIfMissing(admin, OWNER, OWNER_PASSWORD);
      createRoleIfMissing(admin, USER, PASSWORD);
      sql.execute("drop database if exists " + database + " with (force)");
      sql.execute(
          "create database "
              + database
              + " owner "
              + OWNER
              + " template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the database " + database, e);
    }
    return server + database;
  }

  /** A connection as the database administrator, whom row-level security does not hold. */
  public static Connection connectAsAdministrator(String url) throws SQLException {
    return DriverManager.getConnection(url, ADMIN_USER, ADMIN_PASSWORD);
  }

  private static void createRoleIfMissing(Connection admin, String role, String password)
      throws SQLException {
    try (PreparedStatement exists =
        admin.prepareStatement("select 1 from pg_roles where rolname = ?")) {
      exists.setString(1, role);
      if (!exists.executeQuery().next()) {
        try (Statement create = admin.createStatement()) {
          create.execute("create role " + role + " login password '" + password + "'");
        }
      }
    }
  }

  /** A connection as the schema's owner, for checks made from outside the server. */
  public static Connection connectAsOwner() throws SQLException {
    return open(OWNER, OWNER_PASSWORD);
  }

  /** A connection as the application role, outside the server's pool. */
  public static Connection connectAsApplication() throws SQLException {
    return open(USER, PASSWORD);
  }

  /** A connection as the administrative role, which row-level security does not hold. */
  public static Connection connectAsAdministrator() throws SQLException {
    return open(ADMIN_USER, ADMIN_PASSWORD);
  }

  private static Connection open(String user, String password) throws SQLException {
    try {
      Class.forName("org.postgresql.Driver", true, TestDatabase.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new SQLException("The PostgreSQL driver is not on the class path", e);
    }
    return DriverManager.getConnection(URL, user, password);
  }

  /**
   * The plan PostgreSQL makes for a statement, as EXPLAIN prints it, with the sequential scan of a
   * whole table ruled out: in a test database of a few rows it would be chosen for any query, and
   * what the test asks is whether an index serves the statement as it will with many.
   */
  public static String planOf(Connection db, String statement, Object... parameters)
      throws SQLException {
    try (PreparedStatement noFullScans = db.prepareStatement("set local enable_seqscan = off")) {
      noFullScans.execute();
    }
    try (PreparedStatement explain = db.prepareStatement("explain " + statement)) {
      for (int i = 0; i < parameters.length; i++) {
        explain.setObject(i + 1, parameters[i]);
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet lines = explain.executeQuery()) {
        while (lines.next()) {
          plan.append(lines.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  /**
   * Starts a transaction on a plain connection and names a clinic in it the way the portal does,
   * for statements that row-level security should let through for that clinic only.
   */
  public static void bindClinic(Connection db, long clinicId) throws SQLException {
    db.setAutoCommit(false);
    try (PreparedStatement bind =
        db.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      bind.setString(1, Long.toString(clinicId));
      bind.execute();
    }
  }
}
