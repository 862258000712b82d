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

  /** The body of the latest message of a kind queued for a patient. */
  static String latestMailBody(long patient, String kind) throws SQLException {
    try (Connection db = connect();
        PreparedStatement query =
            db.prepareStatement(
                "select m.body from outbound_mail m join patient p"
                    + " on p.tenant_id = m.tenant_id and m.recipient = lower(p.email)"
                    + " where p.id = ? and m.kind = ? order by m.queued_at desc, m.id desc"
                    + " limit 1")) {
      query.setLong(1, patient);
      query.setString(2, kind);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  /** Whether the patient's reminder address is confirmed. */
  static boolean addressConfirmed(long patient) throws SQLException {
    return reminderFlag(patient, "address_confirmed_at is not null");
  }

  /** Whether the patient's exercise reminders are switched on. */
  static boolean remindersOn(long patient) throws SQLException {
    return reminderFlag(patient, "reminders_on");
  }

  private static boolean reminderFlag(long patient, String condition) throws SQLException {
    try (Connection db = connect();
        PreparedStatement query =
            db.prepareStatement(
                "select " + condition + " from reminder_plan where patient_id = ?")) {
      query.setLong(1, patient);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("patient " + patient + " has no reminder plan");
        }
        return row.getBoolean(1);
      }
    }
  }

  /** The clinic a patient belongs to. */
  static long clinicOf(long patient) throws SQLException {
    return number("select tenant_id from patient where id = ?", patient);
  }

  /** A clinic other than the patient's. */
  static long clinicOtherThanThatOf(long patient) throws SQLException {
    return number(
        "select min(c.id) from clinic c where c.id <> (select tenant_id from patient where id = ?)",
        patient);
  }

  /** The installation's key for signing mail links. */
  static byte[] linkSigningKey() throws SQLException {
    try (Connection db = connect();
        PreparedStatement query =
            db.prepareStatement("select secret from link_signing_key where id = 1");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getBytes(1);
    }
  }

  private static long number(String sql, long parameter) throws SQLException {
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
