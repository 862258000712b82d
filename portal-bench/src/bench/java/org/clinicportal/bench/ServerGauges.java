package org.clinicportal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the servers' own monitoring says of their database connections under the load: the most in
 * use at once and the longest wait for one, per server. The benchmark turns the monitoring on
 * before the load and reads the high-water marks after it; the pool's size is chosen from them.
 */
final class ServerGauges {

  static final String POOL = "portal-pool";

  private final Path asadmin;
  private final List<String> admin;
  private final String config;
  private final List<String> targets;

  /**
   * @param config the servers' config ({@code server-config} for a domain's own server)
   * @param targets the servers' names in the monitoring tree ({@code server}, or the instances')
   */
  ServerGauges(
      Path payaraHome, int adminPort, Path passwordFile, String config, List<String> targets) {
    this.asadmin = payaraHome.resolve("bin/asadmin");
    this.admin =
        List.of(
            "--port",
            String.valueOf(adminPort),
            "--user",
            "admin",
            "--passwordfile",
            passwordFile.toString());
    this.config = config;
    this.targets = List.copyOf(targets);
  }

  /** Turns on the monitoring of the connection pools (it reports at HIGH only); it counts now. */
  void enable() throws IOException {
    if (asadmin(
            "set",
            "configs.config."
                + config
                + ".monitoring-service.module-monitoring-levels"
                + ".jdbc-connection-pool=HIGH")
        .isEmpty()) {
      throw new IOException("The monitoring of the connection pools could not be turned on");
    }
  }

  /** The pool's high-water marks since the monitoring was turned on, one sentence per server. */
  Optional<String> read() {
    List<String> sentences = new ArrayList<>();
    for (String target : targets) {
      read(target)
          .ifPresent(
              sentence -> sentences.add(targets.size() == 1 ? sentence : target + ": " + sentence));
    }
    return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", sentences));
  }

  private Optional<String> read(String target) {
    Map<String, String> values = new HashMap<>();
    for (String line : asadmin("get", "--monitor=true", target + ".resources." + POOL + ".*")) {
      int equals = line.indexOf(" = ");
      if (equals > 0) {
        values.put(line.substring(0, equals).strip(), line.substring(equals + 3).strip());
      }
    }
    String size =
        asadmin("get", "resources.jdbc-connection-pool." + POOL + ".max-pool-size").stream()
            .filter(line -> line.contains("max-pool-size="))
            .map(line -> line.substring(line.indexOf('=') + 1).strip())
            .findFirst()
            .orElse("?");
    String pool = target + ".resources." + POOL + ".";
    String used = values.get(pool + "numconnused-highwatermark");
    if (used == null) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            "Database connections during the load: at most %s in use at once (the pool holds up"
                + " to %s); the longest wait for one %s ms; %s connections handed out.",
            used,
            size,
            values.getOrDefault(pool + "connrequestwaittime-highwatermark", "?"),
            values.getOrDefault(pool + "numconnacquired-count", "?")));
  }

  private List<String> asadmin(String... command) {
    List<String> line = new ArrayList<>();
    line.add(asadmin.toString());
    line.addAll(admin);
    line.addAll(List.of(command));
    return BenchReport.outputOf(new ProcessBuilder(line).redirectErrorStream(true));
  }
}
