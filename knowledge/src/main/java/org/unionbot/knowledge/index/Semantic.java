package org.unionbot.knowledge.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether answers use semantic recall, and the embedding model when they do.
 *
 * <p>The model loads once per process, on its own thread, from the moment {@link #load} (or {@link
 * #startLoading}) is first called: its native libraries (ONNX Runtime, and DJL's tokenizer) can
 * load only once, and it is heavy. Those libraries are unpacked into a directory of ours, once,
 * rather than into the home directory or a fresh temporary directory on every start (a hardened
 * service has neither a writable home nor a lasting temp). When they cannot load (an unsupported
 * platform, a {@code noexec} directory), one line is logged and the knowledge base answers with
 * lexical recall only.
 *
 * <p>The process has one configuration, set by {@link #configure} before the first knowledge base
 * is built (the server does this from {@code --semantic}); builds that name none use it.
 * Thread-safe.
 */
public final class Semantic {

  private static final Logger LOG = LoggerFactory.getLogger(Semantic.class);

  /** The model of this process, once {@link #load} or {@link #loadLater} asked for it. */
  private static CompletableFuture<Optional<Embedder>> model;

  /** Where the model's native libraries go, and whether its loading has started. */
  private static Path modelDir;

  private static boolean loading;

  private static volatile Semantic configured;

  private static final Semantic OFF = new Semantic(null);

  /** Null when off. */
  private final CompletableFuture<Optional<Embedder>> embedder;

  /** Whether a build waits for the model while it loads, or builds without vectors meanwhile. */
  private final boolean waits;

  private Semantic(CompletableFuture<Optional<Embedder>> embedder) {
    this(embedder, true);
  }

  private Semantic(CompletableFuture<Optional<Embedder>> embedder, boolean waits) {
    this.embedder = embedder;
    this.waits = waits;
  }

  /** Lexical recall only. */
  public static Semantic off() {
    return OFF;
  }

  /**
   * Semantic recall with the model this future completes with (empty: it could not load), rather
   * than the process's; for tests of what builds do while a model loads.
   */
  public static Semantic from(CompletableFuture<Optional<Embedder>> model) {
    return new Semantic(Objects.requireNonNull(model, "model"));
  }

  /**
   * This recall, but a build made while the model is still loading does not wait for it: it answers
   * with lexical recall, and the knowledge base serving it swaps in the same version with vectors
   * once the model is there. For a server, whose start should not wait for the model.
   */
  public Semantic withoutWaiting() {
    return embedder == null ? this : new Semantic(embedder, false);
  }

  /**
   * The model for a build: waits for it while it loads, unless {@link #withoutWaiting}; empty when
   * off, when it could not load, or (not waiting) while it loads.
   */
  public Optional<Embedder> embedderForBuild() {
    if (embedder == null || (!waits && !embedder.isDone())) {
      return Optional.empty();
    }
    return embedder.join();
  }

  /** Completes with the model (empty when it could not load) once it has loaded; empty when off. */
  public CompletableFuture<Optional<Embedder>> loaded() {
    return embedder == null ? CompletableFuture.completedFuture(Optional.empty()) : embedder;
  }

  /**
   * Semantic recall, with the model of this process: starts loading it now on its own thread if
   * nobody has yet, unpacking its native libraries under {@code nativeDir} (ignored once loading
   * has started).
   */
  public static synchronized Semantic load(Path nativeDir) {
    Semantic s = loadLater(nativeDir);
    startLoading();
    return new Semantic(s.embedder);
  }

  /**
   * Semantic recall with the model of this process, which starts loading only at {@link
   * #startLoading} (or the first {@link #load}); until it has loaded, builds do not wait for it
   * ({@link #withoutWaiting}). For a server: the model's second of CPU would otherwise slow the
   * start, whose two cores are busy with the database and HanLP, and answers can be lexical for the
   * first seconds.
   */
  public static synchronized Semantic loadLater(Path nativeDir) {
    Objects.requireNonNull(nativeDir, "nativeDir");
    if (model == null) {
      model = new CompletableFuture<>();
      modelDir = nativeDir;
    }
    return new Semantic(model, false);
  }

  /** Starts loading the model {@link #loadLater} prepared, on a thread of its own; once. */
  public static synchronized void startLoading() {
    if (model == null || loading) {
      return;
    }
    loading = true;
    CompletableFuture<Optional<Embedder>> future = model;
    Path dir = modelDir;
    Thread t = new Thread(() -> future.complete(loadModel(dir)), "unionbot-model");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Waits, up to {@code bound}, for a model load that is still running. Call it before {@code
   * System.exit}: ONNX Runtime closes its native environment in a shutdown hook of its own, which
   * runs beside the others, and a load still inside the runtime then dies with SIGSEGV or SIGBUS
   * instead of the process exiting 0.
   */
  public static void awaitLoading(Duration bound) {
    CompletableFuture<Optional<Embedder>> future;
    synchronized (Semantic.class) {
      if (!loading) {
        return;
      }
      future = model;
    }
    try {
      future.get(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // nothing more to wait for, or not within the bound: exit anyway
    }
  }

  /** Makes this the configuration of builds that name none; the server calls it once, first. */
  public static void configure(Semantic semantic) {
    configured = Objects.requireNonNull(semantic, "semantic");
  }

  /**
   * The configuration of this process: what {@link #configure} set, else semantic recall with the
   * native libraries under the temporary directory.
   */
  public static Semantic current() {
    Semantic s = configured;
    if (s == null) {
      synchronized (Semantic.class) {
        if (configured == null) {
          configured = load(defaultNativeDir());
        }
        s = configured;
      }
    }
    return s;
  }

  private static Path defaultNativeDir() {
    String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    return Path.of(System.getProperty("java.io.tmpdir"), "unionbot-native-" + user);
  }

  /** True unless lexical recall only was asked for. */
  public boolean enabled() {
    return embedder != null;
  }

  /** The model, once loaded; empty when off or when it could not load. Waits for the load. */
  public Optional<Embedder> embedder() {
    return embedder == null ? Optional.empty() : embedder.join();
  }

  /** "on", "off", or "loading"/"unavailable" while or because the model is not there. */
  public String state() {
    if (embedder == null) {
      return "off";
    }
    if (!embedder.isDone()) {
      return "loading";
    }
    return embedder.join().isPresent() ? "on" : "unavailable";
  }

  private static Optional<Embedder> loadModel(Path nativeDir) {
    long start = System.nanoTime();
    try {
      boolean writable = unpackNatives(nativeDir);
      Optional<Path> saved =
          writable ? Optional.of(nativeDir.resolve(VECTORS)) : Optional.<Path>empty();
      Path file = nativeDir.resolve("model").resolve(Embedder.MODEL_RESOURCE.substring(1));
      Embedder e;
      if (writable && unpacked(Embedder.MODEL_RESOURCE, file)) {
        e = Embedder.load(Optional.of(file), saved);
      } else {
        // the first start reads the model from the jar and leaves a copy for the next start,
        // which loads it in a fraction of the time
        byte[] model = Embedder.modelBytes();
        e = Embedder.load(model, saved);
        if (writable) {
          keepCopy(model, file);
        }
      }
      e.question("热身");
      LOG.info(
          "semantic recall: {} loaded in {} ms",
          Embedder.MODEL,
          (System.nanoTime() - start) / 1_000_000);
      return Optional.of(e);
    } catch (Exception | LinkageError e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      LOG.warn(
          "semantic recall unavailable on {} {} ({}: {}); answering with lexical recall only",
          System.getProperty("os.name"),
          System.getProperty("os.arch"),
          cause.getClass().getSimpleName(),
          cause.getMessage());
      return Optional.empty();
    }
  }

  /** Saved passage vectors of this model, under the native directory. */
  private static final String VECTORS = "vectors-bge-small-zh-v1.5-q.bin";

  /** True when the file already holds the resource (by size). */
  private static boolean unpacked(String resource, Path file) throws IOException {
    URL url = Semantic.class.getResource(resource);
    return url != null
        && Files.isRegularFile(file)
        && Files.size(file) == url.openConnection().getContentLengthLong();
  }

  /** Writes the model's bytes to its file on a background thread; a failure is only logged. */
  private static void keepCopy(byte[] model, Path file) {
    Thread t =
        new Thread(
            () -> {
              try {
                Files.createDirectories(file.getParent());
                Path part = Files.createTempFile(file.getParent(), "model", ".part");
                try {
                  Files.write(part, model);
                  Files.move(
                      part,
                      file,
                      StandardCopyOption.REPLACE_EXISTING,
                      StandardCopyOption.ATOMIC_MOVE);
                } finally {
                  Files.deleteIfExists(part);
                }
              } catch (IOException e) {
                LOG.warn(
                    "cannot keep a copy of the embedding model in {}: {}", file, e.getMessage());
              }
            },
            "unionbot-model-copy");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  /**
   * Points ONNX Runtime, DJL's tokenizer and JNA at directories under {@code dir}, unpacking ONNX
   * Runtime's libraries there once, unless the operator set their own. A directory that cannot be
   * created leaves the libraries' own defaults, and returns false.
   */
  private static boolean unpackNatives(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      LOG.warn("cannot create {} for native libraries: {}", dir, e.getMessage());
      return false;
    }
    setIfAbsent("DJL_CACHE_DIR", dir.resolve("djl"));
    setIfAbsent("jna.tmpdir", dir.resolve("jna"));
    if (System.getProperty("onnxruntime.native.path") != null) {
      return true;
    }
    String platform = onnxPlatform();
    Path target = dir.resolve("onnxruntime").resolve(platform);
    try {
      boolean all = true;
      for (String lib : new String[] {"onnxruntime", "onnxruntime4j_jni"}) {
        String file = System.mapLibraryName(lib).replace("jnilib", "dylib");
        all &= unpack("/ai/onnxruntime/native/" + platform + "/" + file, target.resolve(file));
      }
      if (all) {
        System.setProperty("onnxruntime.native.path", target.toString());
      }
    } catch (IOException e) {
      LOG.warn("cannot unpack ONNX Runtime into {}: {}", target, e.getMessage());
    }
    return true;
  }

  private static void setIfAbsent(String property, Path dir) {
    if (System.getProperty(property) == null && System.getenv(property) == null) {
      System.setProperty(property, dir.toString());
    }
  }

  /**
   * Copies a resource to a file unless the file already has its size; false when there is no such
   * resource (a platform the jar has no library for). Written beside and moved, so a process that
   * has the old file loaded keeps it.
   */
  private static boolean unpack(String resource, Path file) throws IOException {
    URL url = Semantic.class.getResource(resource);
    if (url == null) {
      return false;
    }
    URLConnection c = url.openConnection();
    long size = c.getContentLengthLong();
    if (Files.isRegularFile(file) && Files.size(file) == size) {
      return true;
    }
    Files.createDirectories(file.getParent());
    Path part = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
    try (InputStream in = c.getInputStream()) {
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
    return true;
  }

  /** ONNX Runtime's name for this platform's library directory: linux-x64, osx-aarch64… */
  private static String onnxPlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o =
        os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
    String a =
        arch.equals("amd64") || arch.equals("x86_64")
            ? "x64"
            : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
    return o + "-" + a;
  }
}
