package org.clinicportal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No container engine runs where the portal is built, so the files under docker/ are checked
 * against the run configuration here: the same Payara, port, context root, variables, pool and
 * resource names.
 */
class DockerFilesTest {

  private static final Path ROOT = Path.of(System.getProperty("portal.root", ".."));

  private static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve(file));
  }

  @Test
  void theImageIsThePayaraServerTheBuildUses() throws IOException {
    String payaraVersion = firstGroup(read("pom.xml"), "<payara.version>([^<]+)</payara.version>");
    String from = firstGroup(read("docker/Dockerfile"), "(?m)^FROM (\\S+)");

    assertEquals("payara/server-full:" + payaraVersion + "-jdk17", from);
  }

  @Test
  void theImageServesTheBuiltEarOnTheRunCommandsPortAndContextRoot() throws IOException {
    String dockerfile = read("docker/Dockerfile");
    Settings defaults = Settings.from(new Properties(), Map.of());

    assertTrue(
        dockerfile.contains("EXPOSE " + defaults.httpPort()), "exposes the default HTTP port");
    assertTrue(
        dockerfile.contains("COPY --chown=payara:payara portal-ear/target/portal.ear "),
        "deploys the EAR");
    assertTrue(
        dockerfile.contains("http://localhost:" + defaults.httpPort() + "/health/ready"),
        "the health check asks the server's readiness");
  }

  @Test
  void theImageCopiesTheDriverByTheNameTheEarGivesIt() throws IOException {
    String version =
        firstGroup(read("pom.xml"), "<postgresql.version>([^<]+)</postgresql.version>");
    String driver = "portal-ear/target/portal/lib/org.postgresql-postgresql-" + version + ".jar";

    assertTrue(read("docker/Dockerfile").contains("COPY --chown=payara:payara " + driver + " "));
    Path built = ROOT.resolve("portal-ear/target/portal/lib");
    if (Files.isDirectory(built)) {
      assertTrue(Files.isRegularFile(ROOT.resolve(driver)), "the EAR holds " + driver);
    }
  }

  @Test
  void theImageCreatesThePoolAndResourceTheApplicationLooksUp() throws IOException {
    String postBoot = read("docker/portal-post-boot.asadmin");
    String persistence = read("portal-ejb/src/main/resources/META-INF/persistence.xml");

    assertTrue(
        persistence.contains("<jta-data-source>" + PayaraDomain.RESOURCE + "</jta-data-source>"));
    assertTrue(
        postBoot.contains(
            "create-jdbc-resource --connectionpoolid "
                + PayaraDomain.POOL
                + " "
                + PayaraDomain.RESOURCE));
    assertTrue(
        postBoot.contains(
            "create-jdbc-resource --connectionpoolid "
                + PayaraDomain.SCHEMA_POOL
                + " "
                + PayaraDomain.SCHEMA_RESOURCE));
    assertTrue(
        postBoot.contains(
            ":user=${ENV=PORTAL_DB_USER}:password=${ENV=PORTAL_DB_PASSWORD} " + PayaraDomain.POOL),
        "the portal's pool connects as the application role");
    assertTrue(
        postBoot.contains(
            ":user=${ENV=PORTAL_DB_OWNER}:password=${ENV=PORTAL_DB_OWNER_PASSWORD} "
                + PayaraDomain.SCHEMA_POOL),
        "the migrations' pool connects as the schema's owner");
    assertTrue(postBoot.contains("url=${ENV=PORTAL_DB_URL}"));
    assertTrue(
        postBoot.contains("http.xpowered-by=false")
            && postBoot.contains("http.server-header=false"));
    assertTrue(
        read("docker/Dockerfile").contains("docker/portal-post-boot.asadmin"),
        "the image runs the commands");
  }

  @Test
  void theImageKeepsItsAdministrationAndErrorPagesAsTheLaunchersDomainsDo() throws IOException {
    String postBoot = read("docker/portal-post-boot.asadmin");
    String dockerfile = read("docker/Dockerfile");

    assertTrue(postBoot.contains("network-listener.admin-listener.address=127.0.0.1"));
    assertTrue(
        postBoot.contains(
            "http-thread-pool.max-thread-pool-size=" + DomainXml.REQUEST_THREADS + " "));
    assertTrue(
        postBoot.contains("http-thread-pool.min-thread-pool-size=" + DomainXml.READY_THREADS));
    assertTrue(
        postBoot.contains("http.request-timeout-seconds=" + DomainXml.REQUEST_TIMEOUT_SECONDS));
    assertTrue(postBoot.contains("http.timeout-seconds=" + DomainXml.KEEP_ALIVE_SECONDS));
    assertTrue(
        postBoot.contains(
            "http.connection-upload-timeout-millis=" + DomainXml.READ_TIMEOUT_MILLIS));
    assertTrue(postBoot.contains("tcp.read-timeout-millis=" + DomainXml.READ_TIMEOUT_MILLIS));
    assertTrue(
        dockerfile.contains("grep -q 'name=\"errorReportValve\" value=\"\"'"),
        "the build fails unless the server's error pages were turned off");
    assertTrue(dockerfile.contains("url=/portal/"), "the root sends visitors to the portal");
  }

  @Test
  void composeStartsPostgres15AndPassesTheRunCommandsVariables() throws IOException {
    String compose = read("docker/compose.yaml");

    assertTrue(compose.contains("image: postgres:15"));
    for (String variable :
        new String[] {
          "PORTAL_DB_URL:",
          "PORTAL_DB_OWNER:",
          "PORTAL_DB_OWNER_PASSWORD:",
          "PORTAL_DB_USER:",
          "PORTAL_DB_PASSWORD:",
          "PORTAL_DEMO_DATA:",
          "PORTAL_OPERATOR_USERNAME:",
          "PORTAL_OPERATOR_PASSWORD:"
        }) {
      assertTrue(compose.contains(variable), "compose sets " + variable);
    }
    assertTrue(
        compose.contains("\"${PORTAL_HTTP_PORT:-8080}:8080\""),
        "PORTAL_HTTP_PORT maps the portal's port");
    assertTrue(
        compose.contains("PORTAL_DB_URL: jdbc:postgresql://db:5432/portal"),
        "the portal uses the db service");
    assertTrue(
        compose.contains("./initdb:/docker-entrypoint-initdb.d"),
        "the database's first start creates the application role");
    String initdb = read("docker/initdb/10-application-role.sh");
    assertTrue(initdb.contains("$PORTAL_DB_USER") && initdb.contains("nobypassrls"));
  }

  @Test
  void theImageAndComposeLoadNoDemoDataUnlessAskedFor() throws IOException {
    assertTrue(
        read("docker/Dockerfile").contains("PORTAL_DEMO_DATA=off"),
        "the image starts with no demo clinics and no demo operator");
    assertTrue(
        read("docker/compose.yaml").contains("PORTAL_DEMO_DATA: ${PORTAL_DEMO_DATA:-off}"),
        "compose loads the demo clinics only when PORTAL_DEMO_DATA asks for them");
    assertTrue(
        read("docker/compose.yaml")
            .contains("PORTAL_OPERATOR_PASSWORD: ${PORTAL_OPERATOR_PASSWORD:-}"),
        "compose passes the first operator's password through, with none of its own");
  }

  private static String firstGroup(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertTrue(matcher.find(), "no match for " + regex);
    return matcher.group(1);
  }
}
