package org.clinicportal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The domain's thread-priority options, tried in a JVM of their own: a thread at the lowest Java
 * priority runs at nice 19, and every thread at any other priority, the JVM's own among them, at
 * nice 0.
 */
@EnabledOnOs(OS.LINUX)
class ThreadPrioritiesTest {

  @Test
  void onlyTheLowestPriorityYieldsAndNothingIsRaised() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(DomainXml.THREAD_PRIORITIES);
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), NiceValues.class.getName()));
    Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(probe.getInputStream().readAllBytes());
    assertTrue(probe.waitFor(30, TimeUnit.SECONDS), output);
    assertEquals(0, probe.exitValue(), output);

    Map<String, Integer> nice = new LinkedHashMap<>();
    for (String line : output.lines().filter(l -> l.contains("\t")).toList()) {
      String[] parts = line.split("\t");
      nice.put(parts[0], Integer.parseInt(parts[1]));
    }
    assertEquals(19, nice.remove("lowest"), output);
    assertEquals(0, nice.remove("normal"), output);
    assertEquals(0, nice.remove("highest"), output);
    assertFalse(nice.isEmpty(), "the JVM's own threads are listed: " + output);
    nice.forEach((thread, value) -> assertEquals(0, value, thread + " in " + output));
  }

  /** Starts a thread at the lowest, the normal and the highest priority, then lists every nice. */
  static final class NiceValues {

    public static void main(String[] args) throws Exception {
      CountDownLatch done = new CountDownLatch(1);
      List<Thread> started = new ArrayList<>();
      for (Map.Entry<String, Integer> priority :
          Map.of(
                  "lowest",
                  Thread.MIN_PRIORITY,
                  "normal",
                  Thread.NORM_PRIORITY,
                  "highest",
                  Thread.MAX_PRIORITY)
              .entrySet()) {
        Thread thread =
            new Thread(
                () -> {
                  try {
                    done.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                priority.getKey());
        thread.setPriority(priority.getValue());
        thread.start();
        started.add(thread);
      }
      try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
        for (Path task : tasks) {
          System.out.println(niceOf(task));
        }
      }
      done.countDown();
      for (Thread thread : started) {
        thread.join();
      }
    }

    /** "name TAB nice" of one thread, from its stat line (the nice value is its 19th field). */
    private static String niceOf(Path task) throws IOException {
      String stat = Files.readString(task.resolve("stat"));
      String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return name + "\t" + fields[16];
    }
  }
}
