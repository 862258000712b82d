package org.clinicportal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void defaultsServeThePortalOnPort8080AgainstALocalDatabase() {
    Settings settings = Settings.from(new Properties(), Map.of());

    assertEquals(8080, settings.httpPort());
    assertEquals(8048, settings.adminPort());
    assertEquals("jdbc:postgresql://127.0.0.1:5432/portal", settings.dbUrl());
    assertEquals("portal", settings.dbOwner());
    assertEquals("portal_app", settings.dbUser());
    assertEquals("portal", settings.databaseName());
    assertEquals("jdbc:postgresql://127.0.0.1:5432/postgres", settings.maintenanceUrl());
    assertEquals("http://localhost:8080/portal/", settings.portalUri().toString());
  }

  @Test
  void prefixedSystemPropertiesBecomeTheServersEnvironment() {
    Properties system = new Properties();
    system.setProperty("portal.serverEnv.PORTAL_SQL_STATEMENT_HEADER", "on");
    system.setProperty("portal.serverEnv.", "nameless");
    system.setProperty("portal.db.url", "jdbc:postgresql://127.0.0.1:5432/portal_bench");

    Settings settings = Settings.from(system, Map.of("PORTAL_DEMO_DATA", "off"));

    assertEquals(Map.of("PORTAL_SQL_STATEMENT_HEADER", "on"), settings.serverEnvironment());
    assertTrue(Settings.from(new Properties(), Map.of()).serverEnvironment().isEmpty());
  }

  @Test
  void environmentVariablesOverrideTheDefaults() {
    Settings settings =
        Settings.from(
            new Properties(),
            Map.of(
                "PORTAL_DB_URL", "jdbc:postgresql://db.internal:6543/clinics?sslmode=require",
                "PORTAL_DB_USER", "clinic_app",
                "PORTAL_DB_PASSWORD", "s3cret",
                "PORTAL_DB_OWNER", "clinic_owner",
                "PORTAL_HTTP_PORT", "9090"));

    assertEquals(9090, settings.httpPort());
    assertEquals("clinics", settings.databaseName());
    assertEquals("jdbc:postgresql://db.internal:6543/postgres", settings.maintenanceUrl());
    assertEquals("clinic_app", settings.dbUser());
    assertEquals("s3cret", settings.dbPassword());
    assertEquals("clinic_owner", settings.dbOwner());
  }

  @Test
  void systemPropertiesWinOverEnvironmentVariables() {
    Properties system = new Properties();
    system.setProperty("portal.db.url", "jdbc:postgresql://127.0.0.1:5432/portal_e2e");
    system.setProperty("portal.portbase", "28000");

    Settings settings =
        Settings.from(
            system, Map.of("PORTAL_DB_URL", "jdbc:postgresql://x:1/y", "PORTAL_HTTP_PORT", "9090"));

    assertEquals("portal_e2e", settings.databaseName());
    assertEquals(28080, settings.httpPort());
    assertEquals(28048, settings.adminPort());
  }

  @Test
  void aMalformedPortOrUrlIsRefusedWithASentenceNamingTheVariable() {
    IllegalArgumentException port =
        assertThrows(
            IllegalArgumentException.class,
            () -> Settings.from(new Properties(), Map.of("PORTAL_HTTP_PORT", "eighty")));
    assertTrue(
        port.getMessage().startsWith("PORTAL_HTTP_PORT must be a port number"), port.getMessage());

    Settings mysql =
        Settings.from(new Properties(), Map.of("PORTAL_DB_URL", "jdbc:mysql://localhost/portal"));
    IllegalArgumentException url =
        assertThrows(IllegalArgumentException.class, mysql::databaseName);
    assertTrue(
        url.getMessage().startsWith("PORTAL_DB_URL must look like jdbc:postgresql://"),
        url.getMessage());
  }

  @Test
  void asadminSeparatorsAndSqlQuotesAreEscaped() {
    assertEquals(
        "jdbc\\:postgresql\\://h\\:5432/db?a\\=b",
        PayaraDomain.escape("jdbc:postgresql://h:5432/db?a=b"));
    assertEquals(
        "jdbc\\\\:postgresql",
        PayaraDomain.forMultimode("jdbc\\:postgresql"),
        "multimode reads a backslash as an escape: each is doubled");
    assertEquals("\"we\"\"ird\"", DatabaseSetup.identifier("we\"ird"));
    assertEquals("'it''s'", DatabaseSetup.literal("it's"));
  }
}
