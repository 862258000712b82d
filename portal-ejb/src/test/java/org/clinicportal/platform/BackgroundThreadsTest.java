package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundThreadsTest {

  @Test
  void eachThreadIsNamedForItsWorkAndRunsAtTheLowestPriority() {
    List<Runnable> given = new ArrayList<>();
    BackgroundThreads threads =
        new BackgroundThreads(
            task -> {
              given.add(task);
              return new Thread(task);
            },
            "mail");
    Runnable task = () -> {};

    Thread first = threads.newThread(task);
    Thread second = threads.newThread(task);

    assertEquals("portal-mail-1", first.getName());
    assertEquals("portal-mail-2", second.getName());
    assertEquals(Thread.MIN_PRIORITY, first.getPriority());
    assertEquals(Thread.MIN_PRIORITY, second.getPriority());
    assertEquals(2, given.size(), "the threads come from the factory given");
    assertSame(task, given.get(0));
  }
}
