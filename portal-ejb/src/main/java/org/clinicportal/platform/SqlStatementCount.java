package org.clinicportal.platform;

/**
 * Counts the SQL statements the portal sends to PostgreSQL on the current thread while a count is
 * open: the measure behind "statements per page". {@link SqlStatementListener} feeds it; with no
 * count open a statement costs one thread-local lookup.
 */
public final class SqlStatementCount {

  private static final ThreadLocal<int[]> OPEN = new ThreadLocal<>();

  private SqlStatementCount() {}

  /** Starts counting the statements of this thread from zero. */
  public static void open() {
    OPEN.set(new int[1]);
  }

  /** The statements sent since {@link #open}; the count is closed. */
  public static int close() {
    int[] count = OPEN.get();
    OPEN.remove();
    return count == null ? 0 : count[0];
  }

  static void countOne() {
    int[] count = OPEN.get();
    if (count != null) {
      count[0]++;
    }
  }
}
