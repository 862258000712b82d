package org.clinicportal.testsupport;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL database the integration tests own; each deployment starts from an empty one. */
public final class TestDatabase {

  public static final String URL =
      setting("portal.it.db.url", "jdbc:postgresql://127.0.0.1:5432/portal_it");
  public static final String USER = setting("portal.it.db.user", "portal_it");
  public static final String PASSWORD = setting("portal.it.db.password", "portal_it");
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

  static String name() {
    return uri().getPath().substring(1);
  }

  /** Drops the test database and creates it again, owned by the test role (created if missing). */
  public static void recreate() {
    URI uri = uri();
    String maintenance = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/postgres";
    try (Connection admin = DriverManager.getConnection(maintenance, ADMIN_USER, ADMIN_PASSWORD);
        Statement sql = admin.createStatement()) {
      if (!sql.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'").next()) {
        sql.execute("create role " + USER + " login password '" + PASSWORD + "'");
      }
      sql.execute("drop database if exists " + name() + " with (force)");
      sql.execute("create database " + name() + " owner " + USER);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the test database at " + URL, e);
    }
  }

  /** A connection as the test role, for checks made from outside the server. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }
}
