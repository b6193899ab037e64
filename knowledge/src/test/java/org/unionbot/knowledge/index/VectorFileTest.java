package org.unionbot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passage vectors kept across restarts survive a record cut short and a missing file. */
class VectorFileTest {

  @TempDir Path dir;

  private static float[] vector(float first) {
    float[] v = new float[Embedder.DIMENSIONS];
    v[0] = first;
    return v;
  }

  @Test
  void whatIsAppendedIsReadBackByText() {
    VectorFile file = new VectorFile(dir.resolve("native").resolve("vectors.bin"));
    file.append(List.of("第一句。", "第二句。"), List.of(vector(1), vector(2)));
    file.append(List.of("第三句。"), List.of(vector(3)));

    Map<String, float[]> read = file.read();

    assertThat(read).containsOnlyKeys("第一句。", "第二句。", "第三句。");
    assertThat(read.get("第三句。")[0]).isEqualTo(3f);
  }

  @Test
  void aRecordCutShortEndsTheFileAndWhatCameBeforeStands() throws IOException {
    Path path = dir.resolve("vectors.bin");
    VectorFile file = new VectorFile(path);
    file.append(List.of("完整的一句。"), List.of(vector(1)));
    Files.write(path, new byte[] {0, 0, 0, 9, (byte) 0xE5}, StandardOpenOption.APPEND);

    assertThat(file.read()).containsOnlyKeys("完整的一句。");
  }

  @Test
  void noFileIsNoVectors() {
    assertThat(new VectorFile(dir.resolve("none.bin")).read()).isEmpty();
  }
}
