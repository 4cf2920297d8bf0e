package chat.client.support;

import chat.protocol.http.AuthResult;
import chat.protocol.model.RoomVisibility;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@code *Screenshots} class sets up before its picture: a server named "Acme office", the
 * people the picture shows registered on it (each a {@link Peer}), alice's account, and the app
 * connected to the server (signed in as alice, or left to sign up); closed, the app first, with the
 * test: {@code try (ScreenshotStage stage = ScreenshotStage.start(dir, "bob", "carol")) {…}}. The
 * pictures are written by {@link AppDriver#snapshot} to {@link AppDriver#screenshotFile}.
 */
public final class ScreenshotStage implements AutoCloseable {

  private final Path dir;
  private final LiveServer server;
  private final Map<String, Peer> people = new LinkedHashMap<>();
  private AuthResult alice;
  private AppDriver app;

  private ScreenshotStage(Path dir, LiveServer server) {
    this.dir = dir;
    this.server = server;
  }

  /** A server in {@code dir} with {@code usernames} registered on it, in that order. */
  public static ScreenshotStage start(Path dir, String... usernames) {
    ScreenshotStage stage =
        new ScreenshotStage(dir, LiveServer.start(dir.resolve("server"), "Acme office"));
    try {
      for (String username : usernames) {
        stage.people.put(username, Peer.register(stage.server, username));
      }
    } catch (RuntimeException | Error e) {
      stage.close();
      throw e;
    }
    return stage;
  }

  public LiveServer server() {
    return server;
  }

  /** One of the people registered at the start. */
  public Peer peer(String username) {
    Peer peer = people.get(username);
    if (peer == null) {
      throw new IllegalArgumentException(username + " was not registered at the start");
    }
    return peer;
  }

  /** Alice's account (password {@code password123}), made the first time it is asked for. */
  public AuthResult alice() {
    if (alice == null) {
      alice = Peer.account(server, "alice");
    }
    return alice;
  }

  /** The userIds of alice and of everyone registered but the first: the first one's company. */
  public List<String> aliceAndOthers() {
    List<String> ids = new ArrayList<>();
    ids.add(alice().user().userId());
    people.values().stream().skip(1).map(Peer::userId).forEach(ids::add);
    return ids;
  }

  /**
   * Opens the public room "general" of the first person registered, with {@link #aliceAndOthers} as
   * its members; its id.
   */
  public String general() {
    return people
        .values()
        .iterator()
        .next()
        .createRoom("general", RoomVisibility.PUBLIC, aliceAndOthers())
        .roomId();
  }

  /** The app, started in its own folder and connected to the server: on its sign-in screen. */
  public AppDriver appConnected() {
    app = AppDriver.launch(dir.resolve("app"));
    app.connect(server.address());
    return app;
  }

  /** The app signed in as alice, once its sidebar lists at least {@code rooms} rows. */
  public AppDriver appSignedIn(int rooms) {
    alice();
    AppDriver signedIn = appConnected();
    signedIn.signIn("alice", "password123");
    AppDriver.waitFor(
        "the rooms",
        () -> signedIn.exists("#rooms") && signedIn.list("#rooms").getItems().size() >= rooms);
    return signedIn;
  }

  @Override
  public void close() {
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      List<Peer> closing = new ArrayList<>(people.values());
      closing.reversed().forEach(Peer::close);
      server.close();
    }
  }
}
