package chat.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.SessionBus;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The D-Bus notifier against a real session bus ({@code dbus-daemon} started by the test) where a
 * test service owns {@code org.freedesktop.Notifications}, as a desktop's notification server does.
 */
class DbusNotifierTest {

  @TempDir Path dir;
  private SessionBus session;
  private RecordingNotifications desktop;
  private DbusNotifier notifier;

  @BeforeEach
  void start() throws Exception {
    session = SessionBus.start(dir);
    desktop = RecordingNotifications.on(session);
    notifier = DbusNotifier.onBus(session.address(), Runnable::run).orElseThrow();
  }

  @AfterEach
  void stop() throws Exception {
    notifier.close();
    desktop.close();
    session.close();
  }

  @Test
  void aNotificationReachesTheDesktopWithTheAppNameTitleBodyAndAnOpenAction() throws Exception {
    notifier.show("bob in lobby", "lunch at noon?", () -> {});

    RecordingNotifications.Call call = desktop.nextCall();
    assertThat(call.appName()).isEqualTo("Chat");
    assertThat(call.summary()).isEqualTo("bob in lobby");
    assertThat(call.body()).isEqualTo("lunch at noon?");
    assertThat(call.actions()).containsExactly("default", "Open");
    assertThat(call.expireTimeout()).isEqualTo(-1);
  }

  @Test
  void notificationsHandedOverJustBeforeClosingAreShownBeforeTheNotifierLeavesTheBus()
      throws Exception {
    for (int i = 0; i < 20; i++) {
      notifier.show("bob", "message " + i, () -> {});
    }

    notifier.close();

    for (int i = 0; i < 20; i++) {
      assertThat(desktop.quietFor(0)).as("Notify call %d came before close returned", i).isFalse();
    }
  }

  @Test
  void clickingTheNotificationRunsItsOnClick() throws Exception {
    CountDownLatch opened = new CountDownLatch(1);
    notifier.show("bob", "hi", opened::countDown);
    long id = desktop.nextCall().id();

    desktop.click(id);

    assertThat(opened.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aClickRunsOnlyTheClickedNotificationsOnClickAndOnlyOnce() throws Exception {
    List<String> opened = new CopyOnWriteArrayList<>();
    CountDownLatch second = new CountDownLatch(1);
    notifier.show("bob in lobby", "one", () -> opened.add("lobby"));
    notifier.show("ana", "two", () -> opened.add("ana"));
    notifier.show("ben", "three", second::countDown);
    desktop.nextCall();
    long ana = desktop.nextCall().id();
    long ben = desktop.nextCall().id();

    desktop.click(ana);
    desktop.click(ana);
    desktop.click(ben);

    // Signals from one sender arrive in order: once ben's ran, both of ana's clicks were handled.
    assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(opened).containsExactly("ana");
  }

  @Test
  void aDismissedNotificationForgetsItsOnClick() throws Exception {
    List<String> opened = new CopyOnWriteArrayList<>();
    CountDownLatch later = new CountDownLatch(1);
    notifier.show("bob", "gone", () -> opened.add("bob"));
    long id = desktop.nextCall().id();
    notifier.show("ana", "later", later::countDown);
    long next = desktop.nextCall().id();

    desktop.dismiss(id);
    desktop.click(id);
    desktop.click(next);

    assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(opened).isEmpty();
  }

  @Test
  void aBusWithoutANotificationServiceIsNotUsed() throws Exception {
    desktop.close();

    assertThat(DbusNotifier.onBus(session.address(), Runnable::run)).isEmpty();
  }

  @Test
  void anAddressWhereNoBusAnswersIsNotUsed() {
    String nowhere = "unix:path=" + dir.resolve("no-bus-here");

    assertThat(DbusNotifier.onBus(nowhere, Runnable::run)).isEmpty();
  }
}
