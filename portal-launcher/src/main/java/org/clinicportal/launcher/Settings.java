package org.clinicportal.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where the portal runs and which database it uses. Each value is read from a system property, then
 * from an environment variable, then falls back to a default that works on a developer's machine.
 */
record Settings(
    String dbUrl,
    String dbOwner,
    String dbOwnerPassword,
    String dbUser,
    String dbPassword,
    String dbAdminUser,
    String dbAdminPassword,
    int portbase,
    Path payaraHome,
    Path domainDir,
    String domain,
    Path ear,
    String adminPassword,
    Map<String, String> serverEnvironment) {

  static final String DEFAULT_DB_URL = "jdbc:postgresql://127.0.0.1:5432/portal";
  static final int DEFAULT_HTTP_PORT = 8080;

  /**
   * Payara derives every port from the base: the HTTP listener is base + 80, administration base +
   * 48.
   */
  static final int HTTP_OFFSET = 80;

  static final int ADMIN_OFFSET = 48;

  /**
   * System properties with this prefix become environment variables of the server the domain
   * starts: {@code -Dportal.serverEnv.PORTAL_DEMO_DATA=off} gives it {@code PORTAL_DEMO_DATA=off}.
   */
  static final String SERVER_ENV_PREFIX = "portal.serverEnv.";

  static Settings from(Properties system, Map<String, String> env) {
    String portbase = value(system, "portal.portbase", env, "PORTAL_PORTBASE", null);
    int base =
        portbase != null
            ? parsePort(portbase, "PORTAL_PORTBASE")
            : parsePort(
                    value(
                        system,
                        "portal.httpPort",
                        env,
                        "PORTAL_HTTP_PORT",
                        String.valueOf(DEFAULT_HTTP_PORT)),
                    "PORTAL_HTTP_PORT")
                - HTTP_OFFSET;
    return new Settings(
        value(system, "portal.db.url", env, "PORTAL_DB_URL", DEFAULT_DB_URL),
        value(system, "portal.db.owner", env, "PORTAL_DB_OWNER", "portal"),
        value(system, "portal.db.ownerPassword", env, "PORTAL_DB_OWNER_PASSWORD", "portal"),
        value(system, "portal.db.user", env, "PORTAL_DB_USER", "portal_app"),
        value(system, "portal.db.password", env, "PORTAL_DB_PASSWORD", "portal_app"),
        value(system, "portal.db.adminUser", env, "PORTAL_DB_ADMIN_USER", "postgres"),
        value(system, "portal.db.adminPassword", env, "PORTAL_DB_ADMIN_PASSWORD", ""),
        base,
        Path.of(
            value(
                system,
                "portal.payaraHome",
                env,
                "PORTAL_PAYARA_HOME",
                "portal-launcher/target/payara6")),
        Path.of(
            value(
                system,
                "portal.domainDir",
                env,
                "PORTAL_DOMAIN_DIR",
                "portal-launcher/target/domains")),
        value(system, "portal.domain", env, "PORTAL_DOMAIN", "portal"),
        Path.of(value(system, "portal.ear", env, "PORTAL_EAR", "portal-ear/target/portal.ear")),
        value(system, "portal.adminPassword", env, "PORTAL_ADMIN_PASSWORD", null),
        serverEnvironment(system));
  }

  private static Map<String, String> serverEnvironment(Properties system) {
    Map<String, String> variables = new TreeMap<>();
    for (String name : system.stringPropertyNames()) {
      if (name.startsWith(SERVER_ENV_PREFIX) && name.length() > SERVER_ENV_PREFIX.length()) {
        variables.put(name.substring(SERVER_ENV_PREFIX.length()), system.getProperty(name));
      }
    }
    return Map.copyOf(variables);
  }

  private static String value(
      Properties system,
      String property,
      Map<String, String> env,
      String variable,
      String fallback) {
    String fromSystem = system.getProperty(property);
    if (fromSystem != null && !fromSystem.isBlank()) {
      return fromSystem.trim();
    }
    String fromEnv = env.get(variable);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv.trim();
    }
    return fallback;
  }

  private static int parsePort(String text, String name) {
    try {
      int port = Integer.parseInt(text.trim());
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException(
            name + " must be a port number between 1 and 65535, not " + text);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a port number between 1 and 65535, not " + text, e);
    }
  }

  int httpPort() {
    return portbase + HTTP_OFFSET;
  }

  int adminPort() {
    return portbase + ADMIN_OFFSET;
  }

  URI portalUri() {
    return URI.create("http://localhost:" + httpPort() + "/portal/");
  }

  /** The database's name: the last segment of the JDBC URL's path, without parameters. */
  String databaseName() {
    String path = jdbcUri().getPath();
    String name = path == null ? "" : path.replaceFirst("^/", "");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("PORTAL_DB_URL names no database: " + dbUrl);
    }
    return name;
  }

  /** The same server's maintenance database, where databases and roles are created. */
  String maintenanceUrl() {
    URI uri = jdbcUri();
    return "jdbc:postgresql://"
        + uri.getHost()
        + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
        + "/postgres";
  }

  private URI jdbcUri() {
    if (!dbUrl.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException(
          "PORTAL_DB_URL must look like jdbc:postgresql://host:5432/database, not " + dbUrl);
    }
    return URI.create(dbUrl.substring("jdbc:".length()));
  }
}
