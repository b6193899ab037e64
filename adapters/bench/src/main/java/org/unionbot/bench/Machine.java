package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What the report says about the machine, from {@code /proc} and the JVM. */
final class Machine {
  private Machine() {}

  /** CPU model, core count, memory, OS and Java, on one line. */
  static String describe() {
    String cpu =
        read(Path.of("/proc/cpuinfo"))
            .flatMap(
                info ->
                    info.lines()
                        .filter(line -> line.startsWith("model name"))
                        .map(line -> line.substring(line.indexOf(':') + 1).strip())
                        .findFirst())
            .orElse("unknown CPU");
    long memMb =
        read(Path.of("/proc/meminfo"))
            .flatMap(info -> field(info, "MemTotal:"))
            .map(kb -> kb / 1024)
            .orElse(0L);
    return String.format(
        "%s, %d cores, %d MB RAM; %s %s; Java %s (%s)",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        memMb,
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.name"));
  }

  /** The resident set size of {@code pid} in MB, or -1 if unknown. */
  static long rssMb(long pid) {
    return read(Path.of("/proc", Long.toString(pid), "status"))
        .flatMap(status -> field(status, "VmRSS:"))
        .map(kb -> kb / 1024)
        .orElse(-1L);
  }

  private static Optional<Long> field(String text, String name) {
    return text.lines()
        .filter(line -> line.startsWith(name))
        .map(line -> line.substring(name.length()).strip().split("\\s+")[0])
        .map(Long::parseLong)
        .findFirst();
  }

  private static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file, UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
