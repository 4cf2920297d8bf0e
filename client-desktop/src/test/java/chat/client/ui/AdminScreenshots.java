package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin area for the docs: alice owns "Acme office", carol is an admin, dave deactivated, and
 * an invite just made shows its link and QR code. Run with {@code -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class AdminScreenshots {

  @TempDir Path dir;

  @Test
  void adminArea() {
    try (LiveServer server = LiveServer.start(dir.resolve("server"), "Acme office");
        AppDriver app = AppDriver.launch(dir.resolve("app"))) {
      app.connect(server.address());
      app.registerAndWait("alice");
      List<Peer> people =
          List.of(
              Peer.register(server, "bob"),
              Peer.register(server, "carol"),
              Peer.register(server, "dave"));
      try {
        app.click("#admin");
        AppDriver.waitFor(
            "everyone listed", () -> app.texts("#accounts .account-row .text-bold").size() == 4);
        app.click(app.lookup("#accounts #change-role").nth(1).query());
        AppDriver.waitFor(
            "carol an admin",
            () ->
                app.text("#accounts #change-role").isEmpty()
                    || app.texts("#accounts .account-row .text-muted").stream()
                        .anyMatch(d -> d.startsWith("Admin")));
        app.click(app.lookup("#accounts #deactivate").nth(2).query());
        app.click("#deactivate-confirm");
        AppDriver.waitFor("dave deactivated", () -> app.exists("#accounts #reactivate"));
        app.fill("#invite-uses", "5");
        app.click("#create-invite");
        AppDriver.waitFor("the link", () -> app.text("#admin-invite-link").startsWith("chat://"));
        app.snapshot("admin-invites.png");
        scrollTo(app, "#account-query");
        app.snapshot("admin-accounts.png");
        app.click("#refresh-audit");
        AppDriver.waitFor(
            "dave's deactivation logged",
            () -> app.texts("#audit-log .audit-line").stream().anyMatch(l -> l.contains("dave")));
        app.robot()
            .interact(
                () ->
                    app.lookup("#admin-panel .scroll-pane").queryAs(ScrollPane.class).setVvalue(1));
        app.snapshot("admin-audit-log.png");
      } finally {
        people.forEach(Peer::close);
      }
    }
  }

  /** Scrolls the admin panel so that {@code query} is at its top. */
  private static void scrollTo(AppDriver app, String query) {
    app.robot()
        .interact(
            () -> {
              ScrollPane scroll = app.lookup("#admin-panel .scroll-pane").queryAs(ScrollPane.class);
              Node content = scroll.getContent();
              double top =
                  content.sceneToLocal(app.lookup(query).query().localToScene(0, 0)).getY();
              double room =
                  content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
              scroll.setVvalue(room <= 0 ? 0 : Math.min(1, top / room));
            });
  }
}
