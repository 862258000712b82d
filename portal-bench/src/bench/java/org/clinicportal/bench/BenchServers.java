package org.clinicportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Payara Server processes under load: the benchmark's own domain, or the instances of the
 * cluster behind HAProxy (and its administration server), each named by its root directory, which
 * holds its process id and logs while it runs.
 *
 * <p>Read from {@code bench.servers}, a comma-separated list of those directories; without it, the
 * benchmark's domain ({@code bench.domainDir}).
 */
record BenchServers(List<Path> roots) {

  /** Marks the start of a server in its log: a log used again holds earlier runs too. */
  private static final String SERVER_STARTED = "Entering Security Startup Service";

  BenchServers {
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("The benchmark needs at least one server");
    }
    roots = List.copyOf(roots);
  }

  static BenchServers fromProperties() {
    String listed = System.getProperty("bench.servers", "").strip();
    if (listed.isEmpty()) {
      return new BenchServers(
          List.of(Path.of(System.getProperty("bench.domainDir", "target/domains/portal-bench"))));
    }
    return new BenchServers(
        Arrays.stream(listed.split(",")).map(String::strip).map(Path::of).toList());
  }

  boolean single() {
    return roots.size() == 1;
  }

  static String name(Path root) {
    return root.getFileName().toString();
  }

  /** A running server's process id, from the file it keeps while it runs. */
  static Optional<String> pid(Path root) {
    try {
      return Optional.of(Files.readString(root.resolve("config/pid")).strip());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Each server's log since it last started (those that have one). */
  List<String> logsSinceStart() throws IOException {
    List<String> logs = new ArrayList<>();
    IOException unreadable = null;
    for (Path root : roots) {
      Path file = root.resolve("logs/server.log");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        String log = Files.readString(file);
        logs.add(log.substring(Math.max(0, log.lastIndexOf(SERVER_STARTED))));
      } catch (IOException e) {
        unreadable = e;
      }
    }
    if (logs.isEmpty()) {
      throw unreadable != null ? unreadable : new IOException("No server log under " + roots);
    }
    return logs;
  }
}
