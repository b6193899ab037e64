package org.unionbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pauses of a JVM's {@code -Xlog:gc} file, such as {@code [12.3s][info][gc] GC(7) Pause Young
 * (Allocation Failure) 70M->9M(247M) 1.234ms}.
 */
record GcLog(String collector, List<GcLog.Pause> pauses) {
  /** One pause: at JVM uptime {@code seconds}, heap before and after, in MB. */
  record Pause(
      double seconds, boolean full, long beforeMb, long afterMb, long capacityMb, double ms) {}

  private static final Pattern PAUSE =
      Pattern.compile(
          "^\\[([\\d.]+)s\\].*GC\\(\\d+\\) Pause (\\w+).*? (\\d+)M->(\\d+)M\\((\\d+)M\\)"
              + " ([\\d.]+)ms$");

  private static final Pattern USING = Pattern.compile("^\\[.*\\[gc\\s*\\] Using (.+)$");

  static GcLog read(Path file) throws IOException {
    return parse(Files.readAllLines(file));
  }

  static GcLog parse(List<String> lines) {
    List<Pause> pauses = new ArrayList<>();
    String collector = "unknown collector";
    for (String line : lines) {
      Matcher using = USING.matcher(line.strip());
      if (using.matches()) {
        collector = using.group(1);
      }
      Matcher m = PAUSE.matcher(line.strip());
      if (m.matches()) {
        pauses.add(
            new Pause(
                Double.parseDouble(m.group(1)),
                m.group(2).equals("Full"),
                Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)),
                Long.parseLong(m.group(5)),
                Double.parseDouble(m.group(6))));
      }
    }
    return new GcLog(collector, List.copyOf(pauses));
  }

  /** The pauses from uptime {@code seconds} on. */
  GcLog since(double seconds) {
    return new GcLog(collector, pauses.stream().filter(p -> p.seconds() >= seconds).toList());
  }

  long count(boolean full) {
    return pauses.stream().filter(p -> p.full() == full).count();
  }

  double maxPauseMs() {
    return pauses.stream().mapToDouble(Pause::ms).max().orElse(0);
  }

  double totalPauseMs() {
    return pauses.stream().mapToDouble(Pause::ms).sum();
  }

  long maxBeforeMb() {
    return pauses.stream().mapToLong(Pause::beforeMb).max().orElse(0);
  }

  long maxAfterMb() {
    return pauses.stream().mapToLong(Pause::afterMb).max().orElse(0);
  }

  long maxCapacityMb() {
    return pauses.stream().mapToLong(Pause::capacityMb).max().orElse(0);
  }

  /** Heap after each full pause, in order: flat when the live set is steady. */
  List<Long> afterFullMb() {
    return pauses.stream().filter(Pause::full).map(Pause::afterMb).toList();
  }
}
