package org.clinicportal.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The end-to-end domain's database, read past row-level security to check what the portal did, and
 * written only to put a record in the state the job would put it in at a moment a test cannot wait
 * for (a check-in asked on a Sunday).
 */
public final class PortalDatabase {

  private static final String URL =
      System.getProperty("portal.e2e.dbUrl", "jdbc:postgresql://127.0.0.1:5432/portal_e2e");

  private PortalDatabase() {}

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "postgres", "");
  }

  /**
   * A new administrator of the demo clinic with the demo password, named by the prefix and a random
   * tail, for one test alone; remove it with {@link #removeAccount}.
   *
   * @return its username
   */
  static String openDemoAdministrator(String prefix, String displayName) throws SQLException {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection db = connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into app_user (tenant_id, id, username, display_name, password_hash, role)"
                    + " select u.tenant_id, nextval('portal_id_seq'), ?, ?, u.password_hash,"
                    + " 'CLINIC_ADMIN' from app_user u join clinic c on c.id = u.tenant_id"
                    + " where c.code = 'demo' and u.username = 'admin'")) {
      insert.setString(1, username);
      insert.setString(2, displayName);
      if (insert.executeUpdate() != 1) {
        throw new SQLException("The demo clinic's administrator was not found");
      }
    }
    return username;
  }

  /** Removes an account a test opened. */
  static void removeAccount(String username) throws SQLException {
    try (Connection db = connect();
        PreparedStatement delete = db.prepareStatement("delete from app_user where username = ?")) {
      delete.setString(1, username);
      delete.executeUpdate();
    }
  }

  /** The id of a demo clinic's patient by record number. */
  public static long demoPatientId(String recordNumber) throws SQLException {
    return number(
        "select p.id from patient p join clinic c on c.id = p.tenant_id"
            + " where c.code = 'demo' and p.record_number = ?",
        recordNumber);
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
  /** A patient of a clinic written straight into the database, reading the portal in a language. */
  static long insertPatient(long clinic, String first, String last, String language)
      throws SQLException {
    try (Connection db = connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into patient (tenant_id, id, record_number, first_name, last_name,"
                    + " date_of_birth, sex, language) select ?, nextval('portal_id_seq'),"
                    + " 'L-' || currval('portal_id_seq'), ?, ?, date '1980-01-01', 'FEMALE', ?"
                    + " returning id")) {
      insert.setLong(1, clinic);
      insert.setString(2, first);
      insert.setString(3, last);
      insert.setString(4, language);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  public static long clinicOf(long patient) throws SQLException {
    return number("select tenant_id from patient where id = ?", patient);
  }

  /** The id of a clinic's account by the clinic's code and the username. */
  static long accountId(String clinicCode, String username) throws SQLException {
    try (Connection db = connect();
        PreparedStatement query =
            db.prepareStatement(
                "select u.id from app_user u join clinic c on c.id = u.tenant_id"
                    + " where c.code = ? and u.username = ?")) {
      query.setString(1, clinicCode);
      query.setString(2, username);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** The account's latest sign-in in the audit trail: its id and the address it gave. */
  record SignInEntry(long id, String address) {}

  static SignInEntry lastSignIn(long account) throws SQLException {
    try (Connection db = connect();
        PreparedStatement query =
            db.prepareStatement(
                "select id, remote_address from audit_event where actor_id = ?"
                    + " and action = 'SIGNED_IN' order by id desc limit 1")) {
      query.setLong(1, account);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? new SignInEntry(row.getLong(1), row.getString(2)) : null;
      }
    }
  }

  /** How many patients a clinic has, by the clinic's code. */
  static long patientsOf(String clinicCode) throws SQLException {
    return number(
        "select count(*) from patient p join clinic c on c.id = p.tenant_id where c.code = ?",
        clinicCode);
  }

  /** The first patient registered at a clinic, by the clinic's code. */
  static long firstPatientOf(String clinicCode) throws SQLException {
    return number(
        "select min(p.id) from patient p join clinic c on c.id = p.tenant_id where c.code = ?",
        clinicCode);
  }

  /** A clinic other than the patient's. */
  static long clinicOtherThanThatOf(long patient) throws SQLException {
    return number(
        "select min(c.id) from clinic c where c.id <> (select tenant_id from patient where id = ?)",
        patient);
  }

  /**
   * Asks the patient a weekly check-in, open for a week from now, as the reminder job does on a
   * Sunday: for the week after the latest they were asked about, so it is their newest.
   *
   * @return the check-in's id
   */
  public static long askCheckIn(long patient) throws SQLException {
    return number(
        "insert into check_in (tenant_id, id, patient_id, week_ending, asked_at, open_until)"
            + " select p.tenant_id, nextval('portal_id_seq'), p.id,"
            + " coalesce((select max(c.week_ending) from check_in c where c.patient_id = p.id),"
            + " current_date) + 7, now(), now() + interval '7 days'"
            + " from patient p where p.id = ? returning id",
        patient);
  }

  /** A check-in's answer as "days barrier", or null before one. */
  static String checkInAnswer(long checkIn) throws SQLException {
    try (Connection db = connect();
        PreparedStatement query =
            db.prepareStatement(
                "select days_exercised || ' ' || barrier from check_in where id = ?")) {
      query.setLong(1, checkIn);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  /** A mail link's token as the portal signs it, made with the installation's key. */
  public static String signedLink(String purpose, long clinic, long subject, Instant expires)
      throws SQLException, GeneralSecurityException {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String payload =
        base64.encodeToString(
            (purpose + "|" + clinic + "|" + subject + "|" + expires.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
    Mac hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(linkSigningKey(), "HmacSHA256"));
    return payload
        + "."
        + base64.encodeToString(hmac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
  }

  /** The installation's key for signing mail links. */
  private static byte[] linkSigningKey() throws SQLException {
    try (Connection db = connect();
        PreparedStatement query =
            db.prepareStatement("select secret from link_signing_key where id = 1");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getBytes(1);
    }
  }

  private static long number(String sql, Object parameter) throws SQLException {
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
