package org.clinicportal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the benchmark's table from the latest Gatling run and the statement counts the load
 * recorded, checks it against the targets, and keeps it as {@code report.md} beside the counts.
 */
public final class BenchReport {

  static final int P95_LIMIT_MS = 250;
  static final int P99_LIMIT_MS = 500;

  /** The floor under load may take this many times the idle floor's p95, and no more. */
  static final double LOADED_FLOOR_LIMIT = 3;

  /** The sign-in post costs a password hash, by design; the pages beside it are held to targets. */
  static final String SIGN_IN_POST = "sign in";

  static final double SEARCH_GROWTH_LIMIT = 1.5;
  static final long RESIDENT_LIMIT_MIB = 1024;

  private static final Pattern WATCH_RUN =
      Pattern.compile("Alert watch over (\\d+) clinics: (\\d+) alerts raised in (\\d+) ms");
  private static final String TIME_MILLIS = "[timeMillis: ";
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
  private static final Pattern CELL =
      Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

  private BenchReport() {}

  /** One line of Gatling's figures. */
  record Row(
      String name,
      long requests,
      long errors,
      long p50,
      long p95,
      long p99,
      long max,
      double throughput) {}

  public static void main(String[] args) throws IOException {
    Path gatling = Path.of(System.getProperty("bench.gatlingDir", "target/gatling"));
    Path out = Path.of(System.getProperty("bench.out", "target/bench"));
    BenchServers servers = BenchServers.fromProperties();
    if (args.length > 0 && args[0].equals("mark")) {
      Files.createDirectories(out);
      int before = awaitNextWatch(servers);
      Files.writeString(out.resolve(WATCH_MARK), Integer.toString(before));
      AnonymousVisits.Result visits =
          AnonymousVisits.run(URI.create(System.getProperty("bench.baseUrl")), servers);
      System.out.println(visits.sentence());
      Files.writeString(out.resolve(AnonymousVisits.FILE), visits.line());
      gauges().enable();
      Files.write(out.resolve(CPU_MARK), cpuTicks(servers).toLines());
      return;
    }
    Path run = latestRun(gatling);
    List<Row> rows = rows(Files.readString(run.resolve("index.html")));
    Map<String, int[]> statements = statements(out.resolve("statements.csv"));
    Optional<String> cpu =
        cpuShares(out.resolve(CPU_MARK), cpuTicks(servers))
            .map(
                shares ->
                    ProcessorSeconds.summary(out.resolve(ProcessorSeconds.FILE))
                        .map(seconds -> shares + " " + seconds)
                        .orElse(shares))
            .map(
                line ->
                    AutovacuumStandIn.summary(out.resolve(AutovacuumStandIn.FILE))
                        .map(autovacuum -> line + "\n" + autovacuum)
                        .orElse(line));
    Optional<String> pools = gauges().read();
    Map<String, Long> resident = residentMiB(servers);
    Optional<String> collections = garbageCollection(servers);
    Optional<String> watch = alertWatch(servers, watchesBeforeLoad(out));
    Optional<AnonymousVisits.Result> visits =
        AnonymousVisits.read(out.resolve(AnonymousVisits.FILE));
    String report =
        render(
            rows,
            statements,
            resident,
            collections,
            watch,
            visits,
            cpu,
            pools,
            ReminderReport.read(out),
            System.getProperty("bench.data", ""),
            run.getFileName());
    System.out.println();
    System.out.println(report);
    Files.writeString(out.resolve("report.md"), report);
  }

  /**
   * The servers' own monitoring, through the administration port of their domain: the benchmark's
   * domain, or the cluster's administration server with the instances' config and names.
   */
  private static ServerGauges gauges() {
    int adminPort =
        Integer.getInteger("bench.adminPort", Integer.getInteger("portal.portbase", 29000) + 48);
    Path passwords =
        Path.of(
            System.getProperty(
                "bench.adminPasswordFile",
                System.getProperty("bench.domainDir", "target/domains/portal-bench")
                    + "/admin-password"));
    return new ServerGauges(
        Path.of(System.getProperty("portal.payaraHome")),
        adminPort,
        passwords,
        System.getProperty("bench.monitorConfig", "server-config"),
        List.of(System.getProperty("bench.monitorTargets", "server").split(",")));
  }

  static Path latestRun(Path gatling) throws IOException {
    try (Stream<Path> runs = Files.list(gatling)) {
      return runs.filter(dir -> Files.isRegularFile(dir.resolve("index.html")))
          .max(Comparator.comparing(dir -> dir.getFileName().toString()))
          .orElseThrow(() -> new IOException("No Gatling run with figures under " + gatling));
    }
  }

  /**
   * The figures of each request from the statistics table of Gatling's report page, the one place
   * its HTML report keeps them as text: executions in columns 2 to 6, percentiles in 8 to 11, the
   * maximum in 12.
   */
  static List<Row> rows(String indexHtml) {
    List<Row> rows = new ArrayList<>();
    String[] requests = indexHtml.split("<tr id=\"req_");
    for (int i = 1; i < requests.length; i++) {
      Matcher name = NAME.matcher(requests[i]);
      if (!name.find()) {
        continue;
      }
      Map<Integer, String> cells = new HashMap<>();
      Matcher cell = CELL.matcher(requests[i]);
      while (cell.find()) {
        cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
      }
      rows.add(
          new Row(
              unescape(name.group(1)),
              whole(cells.get(2)),
              whole(cells.get(4)),
              whole(cells.get(8)),
              whole(cells.get(10)),
              whole(cells.get(11)),
              whole(cells.get(12)),
              Double.parseDouble(cells.getOrDefault(6, "0").replace(",", ""))));
    }
    rows.sort(Comparator.comparing(Row::name));
    return rows;
  }

  private static long whole(String cell) {
    return cell == null || cell.equals("-") ? 0 : Long.parseLong(cell.replace(",", ""));
  }

  private static String unescape(String html) {
    return html.replace("&middot;", "·")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  static Map<String, int[]> statements(Path csv) throws IOException {
    Map<String, int[]> counts = new HashMap<>();
    if (!Files.isRegularFile(csv)) {
      return counts;
    }
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      counts.put(cells[0], new int[] {Integer.parseInt(cells[1]), Integer.parseInt(cells[2])});
    }
    return counts;
  }

  /** The resident memory of each running server, by name, from its process id file. */
  static Map<String, Long> residentMiB(BenchServers servers) {
    Map<String, Long> resident = new LinkedHashMap<>();
    for (Path root : servers.roots()) {
      BenchServers.pid(root)
          .flatMap(BenchReport::residentMiBOf)
          .ifPresent(mib -> resident.put(BenchServers.name(root), mib));
    }
    return resident;
  }

  private static Optional<Long> residentMiBOf(String pid) {
    try {
      return Files.readAllLines(Path.of("/proc", pid, "status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * What the server's garbage collector did since it started, from the JDK's {@code jstat}, and the
   * heap still reachable after the run, from a class histogram (which collects everything else
   * first): what the sessions and caches really hold.
   */
  static Optional<String> garbageCollection(BenchServers servers) {
    List<String> lines = new ArrayList<>();
    for (Path root : servers.roots()) {
      garbageCollection(root)
          .ifPresent(
              line -> lines.add(servers.single() ? line : BenchServers.name(root) + ": " + line));
    }
    return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
  }

  private static Optional<String> garbageCollection(Path root) {
    Optional<String> pid = BenchServers.pid(root);
    if (pid.isEmpty()) {
      return Optional.empty();
    }
    List<String> gc = jdkTool("jstat", "-gc", pid.get());
    if (gc.size() < 2) {
      return Optional.empty();
    }
    List<String> names = List.of(gc.get(0).trim().split("\\s+"));
    List<String> values = List.of(gc.get(1).trim().split("\\s+"));
    java.util.function.Function<String, Double> value =
        name -> Double.parseDouble(values.get(names.indexOf(name)));
    String collections;
    try {
      collections =
          String.format(
              "Garbage collection since the server started: %d young collections (%.1f s),"
                  + " %d full (%.1f s); old generation %d of %d MiB in use.",
              value.apply("YGC").longValue(),
              value.apply("YGCT"),
              value.apply("FGC").longValue(),
              value.apply("FGCT"),
              Math.round(value.apply("OU") / 1024),
              Math.round(value.apply("OC") / 1024));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    String live =
        liveHeapOf(pid.get())
            .map(mib -> String.format(" Live heap after the run: %d MiB.", mib))
            .orElse("");
    return Optional.of(collections + live + pauses(root.resolve("logs/gc.log")).orElse(""));
  }

  private static final Pattern PAUSE = Pattern.compile(" Pause [^\\n]*? (\\d+\\.\\d+)ms$");

  /**
   * The collector's pauses from its log, which the portal's domain keeps ({@code -Xlog:gc}): how
   * many, and the slowest 1 % and the slowest of them. The full collections that the benchmark's
   * own heap histograms cause, and the one the server asks for as it starts, are left out: no
   * request of the portal's meets them.
   */
  static Optional<String> pauses(Path gcLog) {
    List<Double> pauses;
    try (Stream<String> lines = Files.lines(gcLog)) {
      pauses =
          lines
              .filter(line -> !line.contains("Heap Inspection") && !line.contains("System.gc"))
              .map(PAUSE::matcher)
              .filter(Matcher::find)
              .map(found -> Double.parseDouble(found.group(1)))
              .sorted()
              .toList();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    if (pauses.isEmpty()) {
      return Optional.empty();
    }
    double p99 = pauses.get(Math.min(pauses.size() - 1, (int) Math.ceil(pauses.size() * 0.99) - 1));
    return Optional.of(
        String.format(
            Locale.ROOT,
            " Collector pauses in the server's life (its start and the report's heap histograms"
                + " left out): %d, p99 %.1f ms, longest %.1f ms.",
            pauses.size(),
            p99,
            pauses.get(pauses.size() - 1)));
  }

  static final String WATCH_MARK = "watch-runs-before-load.txt";

  /** How long the first watch over the data may take to come, at minutes {@code *}{@code /2}. */
  private static final Duration FIRST_WATCH_WAIT = Duration.ofMinutes(6);

  /**
   * Waits until the alert watch has run once more over the loaded data, so that its first run,
   * which raises every alert the fresh data calls for, is not inside the load.
   *
   * @return how many watch runs the server has logged since it started
   */
  static int awaitNextWatch(BenchServers servers) throws IOException {
    int seen = watchRuns(servers).size();
    long until = System.nanoTime() + FIRST_WATCH_WAIT.toNanos();
    while (System.nanoTime() < until) {
      List<String> runs = watchRuns(servers);
      if (runs.size() > seen) {
        System.out.println("Alert watch before the load: " + runs.get(runs.size() - 1));
        return runs.size();
      }
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted waiting for the alert watch", interrupted);
      }
    }
    throw new IOException("The alert watch did not run within " + FIRST_WATCH_WAIT);
  }

  private static int watchesBeforeLoad(Path out) {
    try {
      return Integer.parseInt(Files.readString(out.resolve(WATCH_MARK)).strip());
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  /** Each run of the alert watch, with what it took, in every server's log, in order of time. */
  static List<String> watchRuns(BenchServers servers) throws IOException {
    List<Map.Entry<Long, String>> runs = new ArrayList<>();
    for (String log : servers.logsSinceStart()) {
      runs.addAll(timedWatchRuns(log));
    }
    runs.sort(Map.Entry.comparingByKey());
    return runs.stream().map(Map.Entry::getValue).toList();
  }

  /** Each run in one log with the time of its record ({@code timeMillis}), 0 where it has none. */
  private static List<Map.Entry<Long, String>> timedWatchRuns(String log) {
    List<Map.Entry<Long, String>> runs = new ArrayList<>();
    Matcher run = WATCH_RUN.matcher(log);
    while (run.find()) {
      int stamp = log.lastIndexOf(TIME_MILLIS, run.start());
      long at = 0;
      if (stamp >= 0) {
        Matcher millis = DIGITS.matcher(log).region(stamp + TIME_MILLIS.length(), run.start());
        at = millis.lookingAt() ? Long.parseLong(millis.group()) : 0;
      }
      runs.add(
          Map.entry(
              at,
              String.format(
                  "%s ms over %s clinics (%s alerts raised)",
                  run.group(3), run.group(1), run.group(2))));
    }
    return runs;
  }

  /**
   * The runs of the alert watch the server logged since it last started, with what each took, those
   * before the load apart from those during it.
   */
  static Optional<String> alertWatch(BenchServers servers, int beforeLoad) {
    List<String> runs;
    try {
      runs = watchRuns(servers);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    int split = Math.min(beforeLoad, runs.size());
    List<String> before = runs.subList(0, split);
    List<String> during = runs.subList(split, runs.size());
    return Optional.of(
        "Alert watch runs before the load: "
            + (before.isEmpty() ? "none" : String.join("; ", before))
            + ". During the load: "
            + (during.isEmpty() ? "none" : String.join("; ", during))
            + ".");
  }

  static final String CPU_MARK = "cpu-at-start.txt";

  /**
   * Processor time in clock ticks since boot: the machine's in all and idle (from /proc/stat), the
   * benchmark's Payara Server, and PostgreSQL (every postgres process, with the time of the
   * connections that already ended, which their parent keeps).
   */
  record CpuTicks(long total, long idle, long payara, long postgres) {
    List<String> toLines() {
      return List.of(total + "", idle + "", payara + "", postgres + "");
    }

    static Optional<CpuTicks> fromLines(List<String> lines) {
      try {
        return Optional.of(
            new CpuTicks(
                Long.parseLong(lines.get(0)),
                Long.parseLong(lines.get(1)),
                Long.parseLong(lines.get(2)),
                Long.parseLong(lines.get(3))));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * The machine's processor ticks since boot, from /proc/stat: in all, and idle or waiting for the
   * disk; zeros when they cannot be read.
   */
  private static long[] machineTicks() {
    try {
      String[] machine = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < machine.length; i++) {
        total += Long.parseLong(machine[i]);
      }
      return new long[] {total, Long.parseLong(machine[4]) + Long.parseLong(machine[5])};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  static CpuTicks cpuTicks(BenchServers servers) {
    long[] machine = machineTicks();
    if (machine[0] == 0) {
      return new CpuTicks(0, 0, 0, 0);
    }
    long total = machine[0];
    long idle = machine[1];
    long payara = 0;
    for (Path root : servers.roots()) {
      Optional<String> pid = BenchServers.pid(root);
      if (pid.isPresent()) {
        try {
          payara += processTicks(pid.get());
        } catch (IOException stopped) {
          // a server that stopped meanwhile has no time left to count
        }
      }
    }
    long postgres = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process :
          processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          if (Files.readString(process.resolve("comm")).strip().equals("postgres")) {
            postgres += processTicks(process.getFileName().toString());
          }
        } catch (IOException ended) {
          // a connection that ended meanwhile: its parent counts its time
        }
      }
    } catch (IOException e) {
      postgres = 0;
    }
    return new CpuTicks(total, idle, payara, postgres);
  }

  /** A process's user and system ticks, with those of its children that ended; 0 once it ended. */
  static long ticksOf(String pid) {
    try {
      return processTicks(pid);
    } catch (IOException | RuntimeException ended) {
      return 0;
    }
  }

  /** A process's user and system ticks, with those of its children that ended. */
  private static long processTicks(String pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", pid, "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11])
        + Long.parseLong(fields[12])
        + Long.parseLong(fields[13])
        + Long.parseLong(fields[14]);
  }

  /** Each process's share of the processors from the mark before the load to now. */
  static Optional<String> cpuShares(Path mark, CpuTicks now) {
    Optional<CpuTicks> start;
    try {
      start = CpuTicks.fromLines(Files.readAllLines(mark));
    } catch (IOException e) {
      return Optional.empty();
    }
    if (start.isEmpty() || now.total() <= start.get().total()) {
      return Optional.empty();
    }
    CpuTicks before = start.get();
    int cores = Runtime.getRuntime().availableProcessors();
    double total = now.total() - before.total();
    double payara = now.payara() - before.payara();
    double postgres = now.postgres() - before.postgres();
    double busy = total - (now.idle() - before.idle());
    double rest = Math.max(0, busy - payara - postgres);
    java.util.function.DoubleFunction<String> share =
        ticks -> String.format("%.0f %%", 100 * cores * ticks / total);
    return Optional.of(
        String.format(
            "Processor time from the start of the run, warm-up included, to the report (100 %% is one"
                + " core, %d in all):"
                + " Payara %s, PostgreSQL %s, everything else (Gatling, Maven) %s; idle %s.",
            cores,
            share.apply(payara),
            share.apply(postgres),
            share.apply(rest),
            share.apply(total - busy)));
  }

  /**
   * The heap still reachable in the running servers together, from a class histogram of each, which
   * collects everything else first; nothing when a running server's could not be read.
   */
  static Optional<Long> liveHeapMiB(BenchServers servers) {
    long total = 0;
    boolean any = false;
    for (Path root : servers.roots()) {
      Optional<String> pid = BenchServers.pid(root);
      if (pid.isEmpty()) {
        continue;
      }
      Optional<Long> live = liveHeapOf(pid.get());
      if (live.isEmpty()) {
        return Optional.empty();
      }
      total += live.get();
      any = true;
    }
    return any ? Optional.of(total) : Optional.empty();
  }

  private static Optional<Long> liveHeapOf(String pid) {
    return jdkTool("jcmd", pid, "GC.class_histogram").stream()
        .filter(line -> line.startsWith("Total"))
        .findFirst()
        .map(line -> line.trim().split("\\s+"))
        .map(cells -> Long.parseLong(cells[cells.length - 1]) / (1024 * 1024));
  }

  /** The lines one of the JDK's tools prints; none when it could not run or failed. */
  private static List<String> jdkTool(String tool, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
    command.addAll(List.of(arguments));
    return outputOf(new ProcessBuilder(command));
  }

  /** What a command printed, line by line, or nothing when it could not run or failed. */
  static List<String> outputOf(ProcessBuilder command) {
    try {
      Process process = command.start();
      List<String> lines =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .toList();
      return process.waitFor() == 0 ? lines : List.of();
    } catch (IOException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  static String render(
      List<Row> rows,
      Map<String, int[]> statements,
      Map<String, Long> resident,
      Optional<String> collections,
      Optional<String> watch,
      Optional<AnonymousVisits.Result> visits,
      Optional<String> cpu,
      Optional<String> pools,
      Optional<ReminderReport> reminders,
      String data,
      Path run) {
    Row floor = row(rows, PortalSimulation.FLOOR);
    Row idleFloor = row(rows, PortalSimulation.IDLE_FLOOR);
    StringBuilder table = new StringBuilder();
    table.append(
        "| request | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s | SQL statements |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    List<String> missed = new ArrayList<>();
    long errors = 0;
    for (Row row : rows) {
      int[] counted = statements.get(row.name());
      table.append(
          String.format(
              "| %s | %d | %d | %d | %d | %d | %d | %.1f | %s |%n",
              row.name(),
              row.requests(),
              row.errors(),
              row.p50(),
              row.p95(),
              row.p99(),
              row.max(),
              row.throughput(),
              counted == null ? "–" : range(counted)));
      errors += row.errors();
      if (row.name().equals(SIGN_IN_POST)
          || row.name().startsWith(PortalSimulation.WARM_UP_PREFIX)) {
        continue;
      }
      if (row.p95() >= P95_LIMIT_MS) {
        missed.add(row.name() + ": p95 " + row.p95() + " ms, not under " + P95_LIMIT_MS + " ms");
      }
      if (row.p99() >= P99_LIMIT_MS) {
        missed.add(row.name() + ": p99 " + row.p99() + " ms, not under " + P99_LIMIT_MS + " ms");
      }
    }
    if (errors > 0) {
      missed.add(errors + " errors");
    }
    double loadedRatio = (double) floor.p95() / Math.max(1, idleFloor.p95());
    if (loadedRatio > LOADED_FLOOR_LIMIT) {
      missed.add(
          String.format(
              "the floor under load: p95 %d ms, %.1f times the idle floor's %d ms",
              floor.p95(), loadedRatio, idleFloor.p95()));
    }
    StringBuilder notes = new StringBuilder();
    notes.append(
        String.format(
            "%nFloor: the portal's style sheet as every page loads it. Idle, before the load: p95 %d"
                + " ms, max %d ms. Under load: p95 %d ms, p99 %d ms, max %d ms; %.1f times the idle"
                + " p95 (at most %.0f).%n",
            idleFloor.p95(),
            idleFloor.max(),
            floor.p95(),
            floor.p99(),
            floor.max(),
            loadedRatio,
            LOADED_FLOOR_LIMIT));
    growth(rows, "search", notes, missed);
    for (String page : List.of("patient list", "chart")) {
      int[] large = statements.get(page + " · 100k");
      int[] small = statements.get(page + " · 1k");
      if (large != null && small != null) {
        notes.append(
            String.format(
                "SQL statements of the %s: %s with 1,000 patients, %s with 100,000 (they grow"
                    + " with the clinic only if the fewest at 100,000 exceed the most at 1,000).%n",
                page, range(small), range(large)));
        if (large[0] > small[1]) {
          missed.add("the " + page + " sends more statements at 100,000 patients");
        }
      }
    }
    if (resident.size() == 1) {
      notes.append(
          String.format(
              "Server resident memory after the run: %d MiB.%n",
              resident.values().iterator().next()));
    } else if (!resident.isEmpty()) {
      List<String> each = new ArrayList<>();
      resident.forEach((server, mib) -> each.add(server + " " + mib + " MiB"));
      notes.append(
          String.format("Servers' resident memory after the run: %s.%n", String.join(", ", each)));
    }
    resident.forEach(
        (server, mib) -> {
          if (mib >= RESIDENT_LIMIT_MIB) {
            missed.add("resident memory of " + server + " " + mib + " MiB");
          }
        });
    collections.ifPresent(line -> notes.append(line).append('\n'));
    watch.ifPresent(line -> notes.append(line).append('\n'));
    visits.ifPresent(
        result -> {
          notes.append(result.sentence()).append('\n');
          if (!result.flat()) {
            missed.add(
                String.format(
                    "the live heap grew by %d MiB over %,d anonymous visits",
                    result.growthMiB(), result.visits()));
          }
        });
    cpu.ifPresent(line -> notes.append(line).append('\n'));
    pools.ifPresent(line -> notes.append(line).append('\n'));
    reminders.ifPresent(
        part -> {
          notes.append(part.text());
          missed.addAll(part.missed());
        });
    notes.append(
        String.format(
            "Load: %s. Data: %s. Gatling run: %s.%n",
            System.getProperty("bench.load", "?"), data, run));
    notes.append(
        missed.isEmpty()
            ? "Every target holds.\n"
            : "Targets missed:\n- " + String.join("\n- ", missed) + "\n");
    return table.append(notes).toString();
  }

  private static Row row(List<Row> rows, String name) {
    return rows.stream()
        .filter(row -> row.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The run has no requests named " + name));
  }

  /** The fewest and the most statements seen, or the one number when they are the same. */
  private static String range(int[] counted) {
    return counted[0] == counted[1] ? counted[0] + "" : counted[0] + "–" + counted[1];
  }

  /** The search's p95 in the large clinic against its p95 in the small one. */
  private static void growth(
      List<Row> rows, String request, StringBuilder notes, List<String> missed) {
    Optional<Row> large =
        rows.stream().filter(r -> r.name().equals(request + " · 100k")).findFirst();
    Optional<Row> small = rows.stream().filter(r -> r.name().equals(request + " · 1k")).findFirst();
    if (large.isEmpty() || small.isEmpty()) {
      return;
    }
    double growth = (double) large.get().p95() / Math.max(1, small.get().p95());
    notes.append(
        String.format(
            "Patient search, p95 at 100,000 patients ÷ p95 at 1,000: %.2f (p50: %d ms ÷ %d ms).%n",
            growth, large.get().p50(), small.get().p50()));
    if (growth > SEARCH_GROWTH_LIMIT) {
      missed.add(String.format("the search at 100,000 patients takes %.2f times as long", growth));
    }
  }
}
