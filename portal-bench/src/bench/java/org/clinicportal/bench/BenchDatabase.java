package org.clinicportal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The benchmark's database, as its schema's owner sees it. */
final class BenchDatabase {

  private BenchDatabase() {}

  /**
   * A connection as the schema's owner, which may analyze and vacuum where the application role may
   * not. Row-level security still applies to it, so statements on a clinic's rows bind the clinic
   * as the portal does.
   */
  static Connection owner() throws SQLException {
    try {
      // Registers the driver from this class's loader, which is the one DriverManager asks.
      Class.forName("org.postgresql.Driver");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The PostgreSQL driver is not on the class path", e);
    }
    return DriverManager.getConnection(
        System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/portal_bench"),
        System.getProperty("bench.db.owner", "portal_bench"),
        System.getProperty("bench.db.ownerPassword", "portal_bench"));
  }
}
