package chat.server.bench;

import chat.protocol.ProtocolJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * Scenario 6: what a change to a message costs the server next to a send. 100 users in rooms of 10;
 * each room's first member sends one message to change. Then four phases of {@value #PER_ROOM}
 * requests per room, all rooms at once, each member of the room's events included: sends, reaction
 * toggles (an add, then its removal), edits, and deletions of the messages the first phase sent
 * (never edited). Each phase reports the nodes' CPU time per request (Redis's apart), so the four
 * compare directly. Each kind first runs as many requests unmeasured, the deletions taking out the
 * messages of the unmeasured sends: the cluster's warm-up only sends, and without this each kind's
 * first phase paid for compiling its own code, which made the figures swing from run to run.
 */
final class ChangeCostScenario implements Scenario {

  private static final int USERS = 100;
  private static final int ROOM_SIZE = 10;

  /** Under the 256 requests one socket may have waiting. */
  private static final int PER_ROOM = 200;

  /** One kind of request: its type and its fields, given the room, the message and its number. */
  private record Kind(String name, BiFunction<Target, Integer, String[]> request) {}

  /** A room's sending socket, the message it changes, and the messages its send phase sent. */
  private record Target(String roomId, BenchSocket socket, String messageId, List<String> sent) {}

  @Override
  public void run(BenchCluster cluster, Report report) throws Exception {
    try (ChatSetup setup = new ChatSetup(cluster, "changes", USERS, 1)) {
      setup.warmUp(cluster, report);
      List<Target> targets = new ArrayList<>();
      for (Population.Room room : setup.rooms(ROOM_SIZE, "changes")) {
        BenchSocket socket = room.sockets().getFirst();
        String ack = socket.request("message.send", send(room.roomId(), "to change", "t")).get();
        targets.add(new Target(room.roomId(), socket, sentId(ack), new ArrayList<>()));
      }
      for (boolean measured : List.of(false, true)) {
        targets.forEach(target -> target.sent().clear());
        for (Kind kind : kinds(measured ? "m" : "w")) {
          List<String> answers = phase(cluster, measured ? report : null, targets, kind);
          if (kind.name().equals("send")) {
            // Answers come room after room for each i: answer k is room k % rooms's i-th send.
            for (int k = 0; k < answers.size(); k++) {
              targets.get(k % targets.size()).sent().add(sentId(answers.get(k)));
            }
          }
        }
      }
    }
  }

  /**
   * The four kinds of request; {@code pass} starts the sends' client ids, so that the measured
   * sends are new messages rather than resends of the warm-up's.
   */
  private static List<Kind> kinds(String pass) {
    return List.of(
        new Kind(
            "send",
            (t, i) -> new String[] {"message.send", send(t.roomId(), "send " + i, pass + i)}),
        new Kind(
            "reaction toggle",
            (t, i) ->
                new String[] {
                  i % 2 == 0 ? "reaction.add" : "reaction.remove",
                  onMessage(t) + ",\"emoji\":\"\uD83D\uDC4D\""
                }),
        new Kind(
            "edit",
            (t, i) ->
                new String[] {"message.edit", onMessage(t) + ",\"content\":\"edit " + i + "\""}),
        new Kind(
            "delete",
            (t, i) ->
                new String[] {
                  "message.delete",
                  ",\"roomId\":\"" + t.roomId() + "\",\"messageId\":\"" + t.sent().get(i) + "\""
                }));
  }

  /**
   * Runs one phase and returns its answers, in the order of the requests; reports it unless {@code
   * report} is null (a warm-up).
   */
  private static List<String> phase(
      BenchCluster cluster, Report report, List<Target> targets, Kind kind) throws Exception {
    ProcessCost before = cluster.cost();
    ProcessCost redisBefore = cluster.redisCost();
    long start = System.nanoTime();
    List<CompletableFuture<String>> answers = new ArrayList<>();
    for (int i = 0; i < PER_ROOM; i++) {
      for (Target target : targets) {
        String[] request = kind.request().apply(target, i);
        answers.add(target.socket().request(request[0], request[1]));
      }
    }
    long refused = 0;
    List<String> frames = new ArrayList<>();
    for (CompletableFuture<String> answer : answers) {
      frames.add(answer.get());
      JsonNode frame = ProtocolJson.mapper().readTree(frames.getLast());
      refused += "ack".equals(frame.path("type").asText()) ? 0 : 1;
    }
    LoadRun.sleep(1_000); // the events' fan-out, after the last ack
    double seconds = (System.nanoTime() - start) / 1e9;
    ProcessCost spent = cluster.cost().minus(before);
    ProcessCost redisSpent = cluster.redisCost().minus(redisBefore);
    if (report == null) {
      return frames;
    }
    ObjectNode step = report.newStep();
    step.put("step", kind.name());
    step.put("requests", answers.size());
    step.put("refused", refused);
    step.put("seconds", Report.round(seconds, 2));
    step.put("serverCpuUsPerRequest", Report.round(spent.cpuNanos() / 1e3 / answers.size(), 1));
    step.put("redisCpuUsPerRequest", Report.round(redisSpent.cpuNanos() / 1e3 / answers.size(), 1));
    System.out.printf(
        "%s: %d requests (%d refused) in %.1f s, %.1f us server CPU and %.1f us Redis CPU each%n",
        kind.name(),
        answers.size(),
        refused,
        seconds,
        spent.cpuNanos() / 1e3 / answers.size(),
        redisSpent.cpuNanos() / 1e3 / answers.size());
    return frames;
  }

  /** The message id an acknowledged {@code message.send} answers. */
  private static String sentId(String ack) throws Exception {
    return ProtocolJson.mapper()
        .readTree(ack)
        .path("result")
        .path("message")
        .path("messageId")
        .asText();
  }

  private static String send(String roomId, String content, String clientMsgId) {
    return ",\"roomId\":\""
        + roomId
        + "\",\"content\":\""
        + content
        + "\",\"clientMsgId\":\""
        + clientMsgId
        + "\"";
  }

  private static String onMessage(Target target) {
    return ",\"roomId\":\"" + target.roomId() + "\",\"messageId\":\"" + target.messageId() + "\"";
  }
}
