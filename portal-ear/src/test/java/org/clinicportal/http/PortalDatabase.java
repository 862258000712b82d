package org.clinicportal.http;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The end-to-end domain's database, read past row-level security to check what the portal did. */
final class PortalDatabase {

  private static final String URL =
      System.getProperty("portal.e2e.dbUrl", "jdbc:postgresql://127.0.0.1:5432/portal_e2e");

  private PortalDatabase() {}

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "postgres", "");
  }
}
