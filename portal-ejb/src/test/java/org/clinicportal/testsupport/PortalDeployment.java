package org.clinicportal.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way integration tests deploy the portal's services to Payara Micro: every package of the
 * portal, its migrations and resources, and the libraries the EAR ships, in a WAR that talks to the
 * test database. The only difference from the EAR is where the data source comes from: Payara
 * Server gets it from the domain, the test WAR declares it.
 *
 * <p>The service tests share one such WAR ({@link #shared()}), which {@link SharedPayaraMicro}
 * starts once for all of them; a test that needs a portal of its own (a broken migration) names a
 * deployment of its own, which starts on a new database.
 */
public final class PortalDeployment {

  private static final String APP_DATA_SOURCE = "java:app/jdbc/portal";
  private static final String SCHEMA_DATA_SOURCE = "java:app/jdbc/portal-schema";

  /** A static page every test deployment serves once it has started. */
  public static final String READY_PAGE = "ready.txt";

  /**
   * The administrator's role, held by the principal that {@code AsClinicAdministrator} runs as, so
   * that a service test can call what only a clinic administrator may call.
   */
  private static final String ROLE_MAPPING =
      """
      <security-role-mapping>
        <role-name>CLINIC_ADMIN</role-name>
        <principal-name>clinic-administrator</principal-name>
      </security-role-mapping>
      """;

  private static WebArchive shared;

  private final String name;
  private final Map<String, String> extraMigrations = new LinkedHashMap<>();

  private PortalDeployment(String name) {
    this.name = name;
  }

  /** A deployment of its own, for a test that cannot share the portal the others use. */
  public static PortalDeployment of(String name) {
    return new PortalDeployment(name);
  }

  /**
   * The portal every service test shares, with what some of them bring: the moveable clock (at rest
   * it reads the real time), an SMTP server and a calendar reader for the tests to call, and the
   * administrator's run-as principal.
   */
  public static synchronized WebArchive shared() {
    if (shared == null) {
      shared =
          of("portal-services")
              .build()
              .addAsLibraries(libraries("portal.it.mailLibs"))
              .addAsLibraries(libraries("portal.it.calendarLibs"))
              .addAsWebInfResource(
                  new StringAsset("<glassfish-web-app>" + ROLE_MAPPING + "</glassfish-web-app>"),
                  "glassfish-web.xml")
              .addAsWebInfResource(
                  new StringAsset(
                      "<glassfish-ejb-jar>"
                          + ROLE_MAPPING
                          + "<enterprise-beans><ejb><ejb-name>AsClinicAdministrator</ejb-name>"
                          + "<principal><name>clinic-administrator</name></principal>"
                          + "</ejb></enterprise-beans></glassfish-ejb-jar>"),
                  "glassfish-ejb-jar.xml");
    }
    return shared;
  }

  /** Adds a migration that only this deployment runs. */
  public PortalDeployment withMigration(String fileName, String sql) {
    extraMigrations.put(fileName, sql);
    return this;
  }

  public WebArchive build() {
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addPackages(true, notTestSupport(), "org.clinicportal")
            .addAsWebInfResource(mainResource("META-INF/beans.xml").toFile(), "beans.xml")
            .addAsResource(new StringAsset(persistenceXml()), "META-INF/persistence.xml")
            .addAsWebResource(new StringAsset("deployed"), READY_PAGE)
            .setWebXML(new StringAsset(webXml()));
    Path classes = mainResource("org/clinicportal").getParent().getParent();
    try (Stream<Path> resources = Files.walk(mainResource("org/clinicportal"))) {
      resources
          .filter(Files::isRegularFile)
          .filter(file -> !file.toString().endsWith(".class"))
          .forEach(
              file ->
                  war.addAsResource(
                      file.toFile(), classes.relativize(file).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Stream<Path> migrations = Files.list(mainResource("db/migration"))) {
      migrations.forEach(
          file -> war.addAsResource(file.toFile(), "db/migration/" + file.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    extraMigrations.forEach(
        (file, sql) -> war.addAsResource(new StringAsset(sql), "db/migration/" + file));
    return war.addAsLibraries(libraries("portal.it.libs"));
  }

  /** The jars Maven copied into the folder a system property names. */
  private static File[] libraries(String folderProperty) {
    String folder = System.getProperty(folderProperty);
    File[] jars = folder == null ? null : new File(folder).listFiles();
    if (jars == null || jars.length == 0) {
      throw new IllegalStateException(
          "No libraries in " + folder + ": run the tests through Maven's verify phase");
    }
    return jars;
  }

  /** Everything but the classes that run beside the server rather than in it. */
  private static Filter<ArchivePath> notTestSupport() {
    return path ->
        !path.get().contains("/testsupport/")
            || path.get().endsWith("ClinicFixture.class")
            || path.get().endsWith("TestDatabase.class")
            || path.get().endsWith("MovableClock.class")
            || path.get().contains("MovableClock$");
  }

  /** A file of the portal's main resources, read from the build's output folder. */
  private static Path mainResource(String name) {
    Path file = Path.of(System.getProperty("portal.it.classes", "target/classes")).resolve(name);
    if (!Files.exists(file)) {
      throw new IllegalStateException(
          file + " is missing: run the tests through Maven's verify phase");
    }
    return file;
  }

  /** The portal's own persistence.xml with the data source pointed at the one this WAR declares. */
  private static String persistenceXml() {
    try {
      String xml =
          Files.readString(mainResource("META-INF/persistence.xml"), StandardCharsets.UTF_8);
      String changed =
          xml.replace(
              "<jta-data-source>jdbc/portal</jta-data-source>",
              "<jta-data-source>" + APP_DATA_SOURCE + "</jta-data-source>");
      if (changed.equals(xml)) {
        throw new IllegalStateException(
            "persistence.xml no longer names jdbc/portal as its data source");
      }
      return changed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String webXml() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        %s%s
          <resource-ref>
            <res-ref-name>jdbc/portal</res-ref-name>
            <res-type>javax.sql.DataSource</res-type>
            <lookup-name>%s</lookup-name>
          </resource-ref>
          <resource-ref>
            <res-ref-name>jdbc/portal-schema</res-ref-name>
            <res-type>javax.sql.DataSource</res-type>
            <lookup-name>%s</lookup-name>
          </resource-ref>
        </web-app>
        """
        .formatted(
            dataSource(APP_DATA_SOURCE, TestDatabase.USER, TestDatabase.PASSWORD, 8),
            dataSource(SCHEMA_DATA_SOURCE, TestDatabase.OWNER, TestDatabase.OWNER_PASSWORD, 4),
            APP_DATA_SOURCE,
            SCHEMA_DATA_SOURCE);
  }

  private static String dataSource(String name, String user, String password, int maxPool) {
    var uri = TestDatabase.uri();
    return """
          <data-source>
            <name>%s</name>
            <class-name>org.postgresql.ds.PGSimpleDataSource</class-name>
            <server-name>%s</server-name>
            <port-number>%d</port-number>
            <database-name>%s</database-name>
            <user>%s</user>
            <password>%s</password>
            <transactional>true</transactional>
            <max-pool-size>%d</max-pool-size>
          </data-source>
        """
        .formatted(
            name, uri.getHost(), uri.getPort(), TestDatabase.name(), user, password, maxPool);
  }
}
