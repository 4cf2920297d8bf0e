package chat.server.bench;

import java.util.List;

/**
 * Sends benchmark messages at a fixed total rate (open loop: a message is sent when it is due,
 * whether or not earlier ones were answered), taking turns between rooms and, within a room,
 * between its sockets.
 */
public final class MessageLoad {

  private final Ledger ledger;
  private final List<Population.Room> rooms;
  private final boolean floor;
  private long turn;

  /**
   * @param floor whether the rooms are on the floor server (raw frames, no acks)
   */
  public MessageLoad(Ledger ledger, List<Population.Room> rooms, boolean floor) {
    this.ledger = ledger;
    this.rooms = rooms;
    this.floor = floor;
  }

  /** Fan-out of one message: the sockets of one room. */
  int socketsPerRoom() {
    return rooms.getFirst().sockets().size();
  }

  /**
   * Sends {@code perSecond} messages a second for {@code seconds}, then returns. Bounded: exactly
   * {@code perSecond * seconds} messages.
   */
  public void run(int step, double perSecond, double seconds) {
    OpenLoop.run(perSecond, seconds, due -> sendOne(step, due));
  }

  private void sendOne(int step, long due) {
    Population.Room room = rooms.get((int) (turn % rooms.size()));
    BenchSocket sender = room.sockets().get((int) ((turn / rooms.size()) % room.sockets().size()));
    turn++;
    int seq = ledger.send(step, room.sockets().size(), due);
    if (seq < 0) {
      return;
    }
    String content = BenchSocket.content(seq, due);
    sender.send(
        floor
            ? "{\"type\":\"message.new\",\"message\":{\"content\":\"" + content + "\"}}"
            : "{\"type\":\"message.send\",\"requestId\":\"s"
                + seq
                + "\",\"roomId\":\""
                + room.roomId()
                + "\",\"content\":\""
                + content
                + "\",\"clientMsgId\":\"c"
                + seq
                + "\"}");
  }
}
