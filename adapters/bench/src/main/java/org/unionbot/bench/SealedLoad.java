package org.unionbot.bench;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The load generator of issue 17's benchmark: closed-loop encrypted pushes ({@link SealedPushes})
 * at a fixed concurrency, with the warm-up, alternating rounds and disturbed-round rule of {@link
 * WeChatLoad}, whose options it takes. A target named {@code wecom…} gets {@code /wecom} pushes,
 * any other {@code /wechat} safe-mode pushes; both usually name the same server. {@link
 * SealedBench} starts the server and runs it.
 *
 * <pre>
 * SealedLoad --qa qa-dev.tsv --out results.tsv
 *     --target name=wechat-safe,url=http://127.0.0.1:P,pid=N --target name=wecom,url=http://127.0.0.1:P,pid=N
 *     [the options of WeChatLoad]
 * </pre>
 *
 * <p>Exit code 0 when every measured push got a good, decryptable reply.
 */
public final class SealedLoad {
  private SealedLoad() {}

  public static void main(String[] argv) throws Exception {
    Set<String> options = new HashSet<>(WeChatLoad.OPTIONS);
    options.add("qa");
    Args args = Args.parse(argv, options, Set.of(WeChatLoad.ALLOW_429));
    List<String> questions = Pushes.questions(Path.of(args.require("qa")));
    long first = System.currentTimeMillis() * 1000;
    System.exit(
        WeChatLoad.load(
            args,
            target ->
                new SealedPushes(
                        target.name().startsWith("wecom")
                            ? SealedPushes.Channel.WECOM
                            : SealedPushes.Channel.WECHAT_SAFE,
                        questions,
                        // each target its own users, so that no push is a retry of another
                        first + (target.name().startsWith("wecom") ? 500_000_000_000L : 0))
                    .traffic()));
  }
}
