package org.unionbot.bench;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The load generator of issue 11's benchmark: closed-loop mixed {@code POST /api/chat} traffic
 * ({@link ChatMix}) at a fixed concurrency against one or more servers on loopback, with the
 * warm-up, alternating rounds and disturbed-round rule of {@link WeChatLoad}, whose options it
 * takes. Each target gets a mix of its own with the same seed, so all get the same conversations.
 * {@link ChatBench} starts the servers and runs it.
 *
 * <pre>
 * ChatLoad --qa qa-dev.tsv --out results.tsv
 *     --target name=a,url=http://127.0.0.1:P1,pid=N1 --target name=b,url=http://127.0.0.1:P2,pid=N2
 *     [--users 2000] [--seed 11] [--allow-429] [the options of WeChatLoad]
 * </pre>
 *
 * <p>Exit code 0 when every measured request got a good reply and none got 429 (unless {@code
 * --allow-429}).
 */
public final class ChatLoad {
  static final int USERS = 2000;
  static final long SEED = 11;

  private ChatLoad() {}

  public static void main(String[] argv) throws Exception {
    Set<String> options = new HashSet<>(WeChatLoad.OPTIONS);
    options.addAll(List.of("qa", "users", "seed"));
    Args args = Args.parse(argv, options, Set.of(WeChatLoad.ALLOW_429));
    ChatMix.Corpus corpus = ChatMix.Corpus.read(Path.of(args.require("qa")));
    int connections = args.integer("connections", 64);
    int users = args.integer("users", USERS);
    long seed = args.number("seed", SEED);
    System.exit(WeChatLoad.load(args, target -> new ChatMix(seed, connections, users, corpus)));
  }
}
