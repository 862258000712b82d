package org.clinicportal.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** One Payara Server domain of the portal, driven through asadmin. */
final class PayaraDomain {

  static final String POOL = "portal-pool";
  static final String RESOURCE = "jdbc/portal";
  static final String SCHEMA_POOL = "portal-schema-pool";
  static final String SCHEMA_RESOURCE = "jdbc/portal-schema";
  static final String APPLICATION = "portal";

  /**
   * The most connections the portal's pool opens: the benchmark at 100 users once had all 16 in use
   * with a request waiting 297 ms for one while PostgreSQL used a tenth of a core, so the pool, not
   * the database, was the limit; half the 48 request threads can now hold one at once.
   */
  static final int CONNECTIONS = 24;

  /** Connections kept open when the portal is quiet. */
  static final int READY_CONNECTIONS = 8;

  private static final String PASSWORD_ALIAS = "portal-db-password";
  private static final String OWNER_PASSWORD_ALIAS = "portal-db-owner-password";
  static final String ADMIN_USER = "admin";
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Settings settings;
  private final Map<String, String> environment = new TreeMap<>();
  private final Path asadmin;

  PayaraDomain(Settings settings) {
    this.settings = settings;
    this.asadmin = settings.payaraHome().resolve("bin/asadmin");
  }

  /**
   * Creates the domain on first use, with every port derived from the configured base and its
   * administration closed to anyone without the password: a domain left from before its
   * administration had one is replaced. Answers the password when the domain was created now, so
   * that it can be shown once.
   */
  Optional<String> ensureCreated() throws LaunchFailure {
    if (!Files.isExecutable(asadmin)) {
      throw new LaunchFailure(
          "Payara Server is missing at " + settings.payaraHome() + ": run the build first.");
    }
    if (Files.isDirectory(domainRoot())) {
      if (Files.isRegularFile(adminPasswordFile())) {
        return Optional.empty();
      }
      stop();
      deleteTree(domainRoot());
    }
    String password =
        settings.adminPassword() != null ? settings.adminPassword() : generatePassword();
    Path file = null;
    try {
      file = privateTempFile();
      Files.writeString(file, passwordLine(password), StandardCharsets.UTF_8);
      run(
          List.of(
              "--user",
              ADMIN_USER,
              "--passwordfile",
              file.toString(),
              "create-domain",
              "--domaindir",
              settings.domainDir().toString(),
              "--portbase",
              String.valueOf(settings.portbase()),
              settings.domain()),
          true);
      Files.createFile(adminPasswordFile(), OWNER_ONLY);
      Files.writeString(adminPasswordFile(), passwordLine(password), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LaunchFailure("Could not write the administration password: " + e.getMessage());
    } finally {
      deleteQuietly(file);
    }
    DomainXml.harden(domainRoot().resolve("config/domain.xml"));
    Docroot.pointAtThePortal(domainRoot().resolve("docroot"));
    return Optional.of(password);
  }

  /**
   * The file that holds the domain's administration password in asadmin's password file form,
   * readable and writable by its owner alone.
   */
  Path adminPasswordFile() {
    return domainRoot().resolve("admin-password");
  }

  /** Puts the PostgreSQL driver where the domain's connection pools can load it. */
  void installDriver() throws LaunchFailure {
    try {
      Path driver =
          Path.of(
              org.postgresql.Driver.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      Path lib = domainRoot().resolve("lib");
      Files.createDirectories(lib);
      Files.copy(driver, lib.resolve("postgresql.jar"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | URISyntaxException e) {
      throw new LaunchFailure(
          "Could not copy the PostgreSQL driver into the domain: " + e.getMessage());
    }
  }

  boolean isRunning() {
    try {
      return run(List.of("list-domains", "--domaindir", settings.domainDir().toString()), false)
          .lines()
          .anyMatch(line -> line.startsWith(settings.domain() + " running"));
    } catch (LaunchFailure e) {
      return false;
    }
  }

  /** Variables the server gets besides the settings' own, which win over these. */
  void addEnvironment(Map<String, String> variables) {
    environment.putAll(variables);
  }

  void start() throws LaunchFailure {
    if (!isRunning()) {
      run(
          List.of(
              "start-domain", "--domaindir", settings.domainDir().toString(), settings.domain()),
          true);
    }
  }

  /** Stops the domain; a local command, which needs no administration password. */
  void stop() throws LaunchFailure {
    if (isRunning()) {
      run(
          List.of("stop-domain", "--domaindir", settings.domainDir().toString(), settings.domain()),
          true);
    }
  }

  /**
   * (Re)creates the two pools and their resources from the current settings: the portal's, as the
   * application role, and a small one as the schema's owner for the migrations. The application
   * must not be deployed.
   */
  void configureDataSource() throws LaunchFailure {
    batch(
        false,
        List.of(
            List.of("undeploy", APPLICATION),
            List.of("delete-jdbc-resource", RESOURCE),
            List.of("delete-jdbc-connection-pool", "--cascade=true", POOL),
            List.of("delete-jdbc-resource", SCHEMA_RESOURCE),
            List.of("delete-jdbc-connection-pool", "--cascade=true", SCHEMA_POOL),
            List.of("delete-password-alias", PASSWORD_ALIAS),
            List.of("delete-password-alias", OWNER_PASSWORD_ALIAS)));
    createPasswordAlias(PASSWORD_ALIAS, settings.dbPassword());
    createPasswordAlias(OWNER_PASSWORD_ALIAS, settings.dbOwnerPassword());
    batch(
        true,
        List.of(
            poolCommand(POOL, settings.dbUser(), PASSWORD_ALIAS, READY_CONNECTIONS, CONNECTIONS),
            poolCommand(SCHEMA_POOL, settings.dbOwner(), OWNER_PASSWORD_ALIAS, 0, 4),
            List.of("create-jdbc-resource", "--connectionpoolid", POOL, RESOURCE),
            List.of("create-jdbc-resource", "--connectionpoolid", SCHEMA_POOL, SCHEMA_RESOURCE),
            List.of("ping-connection-pool", POOL),
            List.of("ping-connection-pool", SCHEMA_POOL)));
  }

  private List<String> poolCommand(
      String pool, String user, String passwordAlias, int steady, int max) {
    return List.of(
        "create-jdbc-connection-pool",
        "--datasourceclassname",
        "org.postgresql.ds.PGSimpleDataSource",
        "--restype",
        "javax.sql.DataSource",
        "--steadypoolsize",
        String.valueOf(steady),
        "--maxpoolsize",
        String.valueOf(max),
        "--isconnectvalidatereq=true",
        "--validationmethod",
        "custom-validation",
        "--validationclassname",
        "org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
        "--failconnection=true",
        "--property",
        "url="
            + escape(settings.dbUrl())
            + ":user="
            + escape(user)
            + ":password=${ALIAS="
            + passwordAlias
            + "}",
        pool);
  }

  /**
   * Runs remote subcommands in one asadmin process (its multimode), which saves starting a JVM for
   * each; a command whose arguments hold blanks or quotes runs on its own instead. When {@code
   * required}, any failed command fails the whole, with asadmin's output.
   */
  private void batch(boolean required, List<List<String>> commands) throws LaunchFailure {
    List<String> lines = new ArrayList<>();
    for (List<String> command : commands) {
      if (command.stream().anyMatch(argument -> argument.matches(".*[\\s\"'].*"))) {
        remote(required, command.toArray(String[]::new));
      } else {
        lines.add(String.join(" ", command.stream().map(PayaraDomain::forMultimode).toList()));
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    Path file = null;
    try {
      file = Files.createTempFile("portal-asadmin", ".txt");
      Files.write(file, lines, StandardCharsets.UTF_8);
      String output =
          run(
              concat(
                  adminOptions(adminPasswordFile()),
                  List.of("multimode", "--file", file.toString())),
              false);
      List<String> failed =
          output
              .lines()
              .filter(line -> line.startsWith("Command ") && line.endsWith(" failed."))
              .filter(line -> !line.equals("Command multimode failed."))
              .toList();
      if (required && !failed.isEmpty()) {
        throw new LaunchFailure(String.join(" ", failed) + " " + output.strip().replace('\n', ' '));
      }
    } catch (IOException e) {
      throw new LaunchFailure("Could not write a temporary command file: " + e.getMessage());
    } finally {
      deleteQuietly(file);
    }
  }

  /** Multimode reads a backslash as an escape, so the property syntax's own ones are doubled. */
  static String forMultimode(String argument) {
    return argument.replace("\\", "\\\\");
  }

  /**
   * Deploys the EAR. Only the portal's own modules, which carry a {@code beans.xml}, are CDI bean
   * archives: the libraries in the EAR's {@code lib/} (ICU4J and HAPI's structures among them) are
   * not scanned for beans, which shortens every deployment.
   */
  void deploy() throws LaunchFailure {
    if (!Files.isRegularFile(settings.ear())) {
      throw new LaunchFailure(
          "The application archive " + settings.ear() + " is missing: run the build first.");
    }
    remote(
        true,
        "deploy",
        "--force=true",
        "--property",
        "implicitCdiEnabled=false",
        "--name",
        APPLICATION,
        settings.ear().toAbsolutePath().toString());
  }

  /** Waits until the sign-in page answers, and says how long that took. */
  Duration awaitSignInPage(Duration limit) throws LaunchFailure {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(settings.portalUri().resolve("signin.xhtml"))
            .timeout(Duration.ofSeconds(10))
            .build();
    Instant start = Instant.now();
    while (Duration.between(start, Instant.now()).compareTo(limit) < 0) {
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return Duration.between(start, Instant.now());
        }
      } catch (IOException e) {
        // not answering yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleep();
    }
    throw new LaunchFailure(
        "The sign-in page at "
            + settings.portalUri()
            + " did not answer within "
            + limit.toSeconds()
            + " s: see "
            + domainRoot().resolve("logs/server.log")
            + ".");
  }

  Path domainRoot() {
    return settings.domainDir().resolve(settings.domain());
  }

  private void createPasswordAlias(String alias, String password) throws LaunchFailure {
    Path file = null;
    try {
      file = privateTempFile();
      Files.writeString(
          file,
          Files.readString(adminPasswordFile(), StandardCharsets.UTF_8)
              + "AS_ADMIN_ALIASPASSWORD="
              + password
              + "\n",
          StandardCharsets.UTF_8);
      run(concat(adminOptions(file), List.of("create-password-alias", alias)), true);
    } catch (IOException e) {
      throw new LaunchFailure("Could not write a temporary password file: " + e.getMessage());
    } finally {
      deleteQuietly(file);
    }
  }

  /** asadmin's options for a remote command: the domain's port, the administrator, the password. */
  private List<String> adminOptions(Path passwordFile) {
    return List.of(
        "--port",
        String.valueOf(settings.adminPort()),
        "--user",
        ADMIN_USER,
        "--passwordfile",
        passwordFile.toString());
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  private static Path privateTempFile() throws IOException {
    return Files.createTempFile("portal-asadmin", ".txt", OWNER_ONLY);
  }

  private static String passwordLine(String password) {
    return "AS_ADMIN_PASSWORD=" + password + "\n";
  }

  /** Twenty-four characters from 18 random bytes: letters, digits, '-' and '_'. */
  static String generatePassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void deleteTree(Path root) throws LaunchFailure {
    try {
      FileTrees.delete(root, false);
    } catch (IOException e) {
      throw new LaunchFailure("Could not remove the old domain at " + root + ": " + e.getMessage());
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Escapes the characters asadmin's --property syntax treats as separators. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
  }

  private void remote(boolean required, String... arguments) throws LaunchFailure {
    try {
      run(concat(adminOptions(adminPasswordFile()), List.of(arguments)), true);
    } catch (LaunchFailure e) {
      if (required) {
        throw e;
      }
    }
  }

  private String run(List<String> arguments, boolean failOnError) throws LaunchFailure {
    List<String> command = new ArrayList<>();
    command.add(asadmin.toString());
    command.add("--interactive=false");
    command.addAll(arguments);
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder
          .environment()
          .putIfAbsent("PORTAL_PUBLIC_URL", settings.portalUri().toString().replaceFirst("/$", ""));
      builder.environment().putAll(environment);
      builder.environment().putAll(settings.serverEnvironment());
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new LaunchFailure(
            "asadmin " + String.join(" ", arguments) + " did not finish within 10 minutes.");
      }
      if (process.exitValue() != 0 && failOnError) {
        throw new LaunchFailure(
            "asadmin "
                + String.join(" ", arguments)
                + " failed: "
                + output.strip().replace('\n', ' '));
      }
      return output;
    } catch (IOException e) {
      throw new LaunchFailure("Could not run " + asadmin + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchFailure(
          "Interrupted while running asadmin " + String.join(" ", arguments) + ".");
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
