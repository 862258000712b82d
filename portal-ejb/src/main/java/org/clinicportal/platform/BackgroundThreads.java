package org.clinicportal.platform;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for work that no one waits for on a page, such as handing the outbox to the mail server:
 * each named for its work ({@code portal-mail-1}, so that it can be told apart in a thread dump and
 * in {@code /proc}) and at the lowest priority. Where the server's JVM maps Java priorities onto
 * the operating system's (the domain's JVM options map the lowest to nice 19 and every other to 0),
 * the request threads take the processors first and such work runs on the time they leave;
 * elsewhere the priority changes nothing.
 */
public final class BackgroundThreads implements ThreadFactory {

  private final ThreadFactory threads;
  private final String work;
  private final AtomicInteger made = new AtomicInteger();

  /**
   * Background threads made by {@code threads} (the server's managed thread factory, whose threads
   * carry the application's context) and named for {@code work}.
   */
  public BackgroundThreads(ThreadFactory threads, String work) {
    this.threads = threads;
    this.work = work;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = threads.newThread(task);
    thread.setName("portal-" + work + "-" + made.incrementAndGet());
    thread.setPriority(Thread.MIN_PRIORITY);
    return thread;
  }
}
