package org.unionbot.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The reference server of the benchmark: Netty with the same pipeline basics as unionbot ({@link
 * HttpServerCodec}, {@link HttpObjectAggregator} of 64 KiB, keep-alive, the same event-loop groups
 * and socket options), answering every request with one fixed text-reply XML without looking at the
 * request. It measures what the machine, the JVM and Netty's HTTP codec cost by themselves.
 *
 * <p>{@code BareNettyServer [--port P]} listens on 127.0.0.1 (port 0 picks a free one), prints
 * {@code ready on http://127.0.0.1:PORT} and serves until SIGTERM.
 */
public final class BareNettyServer {
  /** The one reply, a text reply as unionbot writes them. */
  static final String REPLY =
      "<xml><ToUserName><![CDATA[oBench0000000000000000000000]]></ToUserName>"
          + "<FromUserName><![CDATA[gh_0123456789ab]]></FromUserName>"
          + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
          + "<Content><![CDATA[四个步骤“学深悟透”：1.抓好传达学习；2.组织开展培训；"
          + "3.广泛宣传宣讲；4.推动落实落地。]]></Content></xml>";

  private static final ByteBuf BODY =
      Unpooled.unreleasableBuffer(Unpooled.copiedBuffer(REPLY, UTF_8)).asReadOnly();

  private BareNettyServer() {}

  public static void main(String[] argv) throws InterruptedException {
    Args args = Args.parse(argv, Set.of("port"), Set.of());
    EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
    CountDownLatch stopped = new CountDownLatch(1);
    try {
      Channel channel =
          new ServerBootstrap()
              .group(boss, workers)
              .channel(NioServerSocketChannel.class)
              .option(ChannelOption.SO_BACKLOG, 1024)
              .childOption(ChannelOption.TCP_NODELAY, true)
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                      ch.pipeline()
                          .addLast(new HttpServerCodec())
                          .addLast(new HttpObjectAggregator(64 * 1024))
                          .addLast(Handler.INSTANCE);
                    }
                  })
              .bind("127.0.0.1", args.integer("port", 0))
              .sync()
              .channel();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    channel.close().syncUninterruptibly();
                    stopped.countDown();
                    workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
                    Runtime.getRuntime().halt(0); // a clean stop, not 143
                  },
                  "bare-shutdown"));
      int port = ((InetSocketAddress) channel.localAddress()).getPort();
      System.out.println("ready on http://127.0.0.1:" + port);
      System.out.flush();
      stopped.await();
    } finally {
      workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
      boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  /** Answers {@link #REPLY} to every request. Stateless, so shared. */
  @ChannelHandler.Sharable
  static final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {
    static final Handler INSTANCE = new Handler();

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
      boolean keepAlive = HttpUtil.isKeepAlive(request);
      FullHttpResponse response =
          new DefaultFullHttpResponse(
              request.protocolVersion(), HttpResponseStatus.OK, BODY.duplicate());
      response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/xml; charset=utf-8");
      HttpUtil.setContentLength(response, BODY.readableBytes());
      HttpUtil.setKeepAlive(response, keepAlive);
      if (keepAlive) {
        ctx.writeAndFlush(response, ctx.voidPromise());
      } else {
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}
