package org.unionbot.knowledge.analysis;

import java.io.IOException;
import java.io.Reader;

final class Readers {

  private Readers() {}

  static String readAll(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[1024];
    for (int n; (n = reader.read(buf)) != -1; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }
}
