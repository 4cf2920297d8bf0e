package chat.server.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The floor of {@link FloorServer} on Netty instead of Java-WebSocket (native epoll where the
 * platform has it), to measure what the socket library alone costs: the same join, the same
 * broadcast of each frame, unchanged and encoded once, to every socket of the sender's room.
 */
public final class NettyFloorServer {

  private static final AttributeKey<ChannelGroup> ROOM = AttributeKey.valueOf("room");
  private static final Map<String, ChannelGroup> ROOMS = new ConcurrentHashMap<>();

  private NettyFloorServer() {}

  public static void main(String[] args) throws InterruptedException {
    boolean epoll = Epoll.isAvailable();
    int threads = Runtime.getRuntime().availableProcessors();
    EventLoopGroup group =
        epoll ? new EpollEventLoopGroup(threads) : new NioEventLoopGroup(threads);
    Channel server =
        new ServerBootstrap()
            .group(group)
            .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    channel
                        .pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(8192))
                        .addLast(new WebSocketServerProtocolHandler("/", null, false, 1 << 20))
                        .addLast(new Frames());
                  }
                })
            .bind(new InetSocketAddress("127.0.0.1", 0))
            .sync()
            .channel();
    System.out.println(ChildServer.READY + ((InetSocketAddress) server.localAddress()).getPort());
    server.closeFuture().sync();
  }

  /** A socket's first frame joins a room; every later one goes to the room, encoded once. */
  private static final class Frames extends SimpleChannelInboundHandler<TextWebSocketFrame> {

    @Override
    protected void channelRead0(ChannelHandlerContext context, TextWebSocketFrame frame) {
      ChannelGroup room = context.channel().attr(ROOM).get();
      if (room != null) {
        ByteBuf text = frame.content();
        room.writeAndFlush(new TextWebSocketFrame(text.retain()));
        return;
      }
      String join = frame.text();
      room =
          ROOMS.computeIfAbsent(
              FloorServer.field(join, "room"),
              name -> new DefaultChannelGroup(name, GlobalEventExecutor.INSTANCE));
      room.add(context.channel());
      context.channel().attr(ROOM).set(room);
      context.writeAndFlush(
          new TextWebSocketFrame(
              "{\"type\":\"ack\",\"requestId\":\"" + FloorServer.field(join, "requestId") + "\"}"));
    }
  }
}
