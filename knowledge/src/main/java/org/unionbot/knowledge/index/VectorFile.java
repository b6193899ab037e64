package org.unionbot.knowledge.index;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passage vectors kept across restarts, so a server that starts again embeds only what changed. An
 * append-only file of records (the text, then its vector), one file per model. A record cut short
 * (a crash mid-write) ends the file as read; a file that cannot be read or written only costs the
 * embedding again, never a start. Thread-safe.
 */
final class VectorFile {

  private static final Logger LOG = LoggerFactory.getLogger(VectorFile.class);

  /** The file stops growing here; what is in it still serves. */
  private static final long MAX_BYTES = 64L << 20;

  private final Path file;

  VectorFile(Path file) {
    this.file = file;
  }

  /** The vectors in the file, by text; empty when there is none or it cannot be read. */
  Map<String, float[]> read() {
    Map<String, float[]> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      while (true) {
        int length = in.readInt();
        if (length <= 0 || length > 1 << 20) {
          break;
        }
        byte[] text = in.readNBytes(length);
        int dims = in.readInt();
        if (text.length != length || dims != Embedder.DIMENSIONS) {
          break;
        }
        float[] v = new float[dims];
        for (int i = 0; i < dims; i++) {
          v[i] = in.readFloat();
        }
        out.put(new String(text, StandardCharsets.UTF_8), v);
      }
    } catch (EOFException e) {
      // a record cut short: what came before it stands
    } catch (IOException e) {
      LOG.warn("cannot read the saved vectors in {}: {}", file, e.getMessage());
    }
    return out;
  }

  /** Appends these vectors in one write; a failure is logged, never thrown. */
  synchronized void append(List<String> texts, List<float[]> vectors) {
    try {
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        return;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      for (int k = 0; k < texts.size(); k++) {
        byte[] text = texts.get(k).getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
        out.writeInt(vectors.get(k).length);
        for (float f : vectors.get(k)) {
          out.writeFloat(f);
        }
      }
      Files.createDirectories(file.getParent());
      try (FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    } catch (IOException e) {
      LOG.warn("cannot save vectors to {}: {}", file, e.getMessage());
    }
  }
}
