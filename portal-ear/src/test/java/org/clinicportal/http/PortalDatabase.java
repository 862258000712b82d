package org.clinicportal.http;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The end-to-end domain's database, read past row-level security to check what the portal did. */
final class PortalDatabase {

  private static final String URL =
      System.getProperty("portal.e2e.dbUrl", "jdbc:postgresql://127.0.0.1:5432/portal_e2e");

  private PortalDatabase() {}

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "postgres", "");
  }

  /** The id of a demo clinic's patient by record number. */
  static long demoPatientId(String recordNumber) throws SQLException {
    try (Connection db = connect();
        PreparedStatement query =
            db.prepareStatement(
                "select p.id from patient p join clinic c on c.id = p.tenant_id"
                    + " where c.code = 'demo' and p.record_number = ?")) {
      query.setString(1, recordNumber);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** A patient's phone number as stored. */
  static String phoneOf(long patient) throws SQLException {
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement("select phone from patient where id = ?")) {
      query.setLong(1, patient);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }
}
