package org.unionbot.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way tests start a child JVM: this JVM's {@code java}, optionally behind a launcher such
 * as {@code setpriv}, with its options, then either {@code -jar JAR} or this JVM's class path and a
 * main class, then the arguments. Used by bot-core's kill and lock tests and, through the test-jar,
 * by adapters' {@code ServeProcess}.
 */
public final class ChildJvm {

  private ChildJvm() {}

  /** {@code java -cp <this class path> MAIN ARGS…}. */
  public static ProcessBuilder of(Class<?> main, String... args) {
    return of(List.of(), List.of(), main.getName(), args);
  }

  /**
   * {@code LAUNCHER… java OPTIONS… -cp <this class path> MAIN ARGS…}.
   *
   * @param launcher what runs java, e.g. {@code setpriv …}; empty for none
   */
  public static ProcessBuilder of(
      List<String> launcher, List<String> options, String main, String... args) {
    List<String> command = java(launcher, options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** {@code LAUNCHER… java OPTIONS… -jar JAR ARGS…}. */
  public static ProcessBuilder jar(
      List<String> launcher, List<String> options, Path jar, String... args) {
    List<String> command = java(launcher, options);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static List<String> java(List<String> launcher, List<String> options) {
    List<String> command = new ArrayList<>(launcher);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A child lives for seconds: the C2 compiler's work would cost more CPU than it ever saves
    // (serve's start to ready: 9 s of CPU with it, 6 s without), and the suite runs on two cores.
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(options);
    return command;
  }
}
