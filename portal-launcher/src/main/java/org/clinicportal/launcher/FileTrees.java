package org.clinicportal.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a folder's contents, deepest first. */
final class FileTrees {

  private FileTrees() {}

  /** Deletes everything under {@code root}, and the folder itself unless {@code keepRoot}. */
  static void delete(Path root, boolean keepRoot) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!keepRoot || !path.equals(root)) {
          Files.delete(path);
        }
      }
    }
  }
}
