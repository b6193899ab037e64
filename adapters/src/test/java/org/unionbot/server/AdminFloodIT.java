package org.unionbot.server;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand unauthenticated uploads of 1 MiB each, all in flight at once, against {@code serve} in
 * a JVM with a 96 MiB heap (as little as it starts in, and the unit file's
 * -XX:+ExitOnOutOfMemoryError): an admin body is read only for a request whose token holds, so the
 * flood costs the server no memory, and {@code /healthz} and {@code /api/chat} answer throughout.
 */
class AdminFloodIT {
  private static final int CONNECTIONS = 1000;
  private static final int BODY = 1024 * 1024 - 1024;
  private static final int SENDERS = 8;

  @TempDir Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void unauthenticatedUploadsAreRefusedOnTheirHeadWhileTheServerKeepsAnswering() throws Exception {
    ServeProcess.Jvm small =
        new ServeProcess.Jvm(List.of("-Xmx96m", "-XX:+ExitOnOutOfMemoryError"), Map.of());
    try (ServeProcess serve =
        ServeProcess.serve(dir, dir.resolve("data"), small, "--semantic", "off")) {
      URI base = serve.uri();
      InetSocketAddress address = new InetSocketAddress("127.0.0.1", base.getPort());
      AtomicBoolean flooding = new AtomicBoolean(true);
      ConcurrentLinkedQueue<String> failedChecks = new ConcurrentLinkedQueue<>();
      AtomicInteger checks = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(SENDERS + 1);
      List<SocketChannel> open = new ArrayList<>();
      try {
        Future<?> checking = pool.submit(() -> check(base, flooding, checks, failedChecks));
        // every connection sends its head and all of its body but the last byte, so that all
        // of the bodies are in flight at once
        byte[] head =
            ("POST /admin/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: "
                    + BODY
                    + "\r\n\r\n")
                .getBytes(US_ASCII);
        byte[] body = new byte[BODY];
        java.util.Arrays.fill(body, (byte) 'x');
        List<Future<List<SocketChannel>>> senders = new ArrayList<>();
        AtomicInteger refusedEarly = new AtomicInteger();
        for (int s = 0; s < SENDERS; s++) {
          senders.add(
              pool.submit(
                  () -> {
                    List<SocketChannel> mine = new ArrayList<>();
                    for (int i = 0; i < CONNECTIONS / SENDERS; i++) {
                      SocketChannel channel = SocketChannel.open(address);
                      try {
                        channel.write(ByteBuffer.wrap(head));
                        writeFully(channel, ByteBuffer.wrap(body, 0, BODY - 1));
                        mine.add(channel);
                      } catch (IOException e) {
                        refusedEarly.incrementAndGet(); // the server closed it: fine too
                        channel.close();
                      }
                    }
                    return mine;
                  }));
        }
        for (Future<List<SocketChannel>> sender : senders) {
          open.addAll(sender.get(2, TimeUnit.MINUTES));
        }
        // every body is in flight now, but for its last byte: health and chat must still answer
        int before = checks.get();
        await("ten more health checks")
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> checks.get() >= before + 10 || checking.isDone());
        int refused = 0;
        for (SocketChannel channel : open) {
          try {
            writeFully(channel, ByteBuffer.wrap(body, BODY - 1, 1));
            String status = statusLine(channel);
            // 401 for the first five, then 429: the address is paused
            if (status.startsWith("HTTP/1.1 401") || status.startsWith("HTTP/1.1 429")) {
              refused++;
            }
          } catch (IOException e) {
            // closed by the server
          }
        }
        flooding.set(false);
        checking.get(1, TimeUnit.MINUTES);

        String log = ServeProcess.read(serve.stderr);
        assertThat(serve.process.isAlive()).as(log).isTrue();
        assertThat(failedChecks).as(log).isEmpty();
        assertThat(refused + refusedEarly.get()).isEqualTo(CONNECTIONS);
        assertThat(Loopback.get(base, "/healthz").statusCode()).isEqualTo(200);
      } finally {
        flooding.set(false);
        for (SocketChannel channel : open) {
          channel.close();
        }
        pool.shutdownNow();
      }
    }
  }

  /** Asks for health every 100 ms and for a chat answer every second, until the flood is over. */
  private static Void check(
      URI base, AtomicBoolean flooding, AtomicInteger checks, ConcurrentLinkedQueue<String> failed)
      throws InterruptedException {
    for (int n = 0; flooding.get(); n++) {
      try {
        HttpResponse<String> health = Loopback.get(base, "/healthz");
        if (health.statusCode() != 200) {
          failed.add("/healthz " + health.statusCode());
        }
        if (n % 10 == 0) {
          HttpResponse<String> chat =
              Loopback.post(base, "/api/chat", "{\"user\":\"u1\",\"text\":\"学深悟透分为几个步骤\"}");
          if (chat.statusCode() != 200) {
            failed.add("/api/chat " + chat.statusCode());
          }
        }
        checks.incrementAndGet();
      } catch (IOException | RuntimeException e) {
        failed.add(e.toString());
      }
      Thread.sleep(100);
    }
    return null;
  }

  private static void writeFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /** The first line of the response, read byte by byte (blocking). */
  private static String statusLine(SocketChannel channel) throws IOException {
    StringBuilder line = new StringBuilder();
    ByteBuffer one = ByteBuffer.allocate(1);
    while (line.length() < 200) {
      one.clear();
      if (channel.read(one) < 0) {
        break;
      }
      char c = (char) one.get(0);
      if (c == '\r' || c == '\n') {
        break;
      }
      line.append(c);
    }
    return line.toString();
  }
}
