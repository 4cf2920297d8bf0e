package chat.client.ui.moderation;

import static java.util.Comparator.comparing;
import static java.util.stream.Collectors.toMap;

import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.client.RoomMembers;
import chat.protocol.client.RoomModeration;
import chat.protocol.client.RoomRoleSet;
import chat.protocol.client.RoomSlowMode;
import chat.protocol.client.RoomUnban;
import chat.protocol.model.MemberStanding;
import chat.protocol.model.RoomBanEntry;
import chat.protocol.model.RoomRole;
import chat.protocol.model.User;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MembersResult;
import chat.protocol.result.ModerationResult;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A room's settings for its owner and moderators: the owner and the moderators (the owner may make
 * a moderator a member again), the slow mode, and the bans in force with Unban. Refusals show on
 * {@link #errorProperty}.
 */
public final class RoomSettingsViewModel {

  /** The slow modes offered, in seconds; 0 is off. */
  public static final List<Integer> SLOW_MODES = List.of(0, 10, 30, 60, 300);

  private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMM HH:mm");

  /** The owner or a moderator of the room, with the name the app shows for them. */
  public record Staff(String userId, String name, RoomRole role) {}

  private final Session client;
  private final String roomId;
  private final ZoneId zone;
  private final IntegerProperty slowMode = new SimpleIntegerProperty();
  private final ObjectProperty<Integer> chosenSlowMode = new SimpleObjectProperty<>(0);
  private final ObservableList<RoomBanEntry> bans = FXCollections.observableArrayList();
  private final ObservableList<Staff> staff = FXCollections.observableArrayList();
  private final BooleanProperty changesRoles = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");

  public RoomSettingsViewModel(Session client, String roomId, ZoneId zone) {
    this.client = client;
    this.roomId = roomId;
    this.zone = zone;
    load();
  }

  private void load() {
    client
        .request(id -> new RoomModeration(id, roomId), ModerationResult.class)
        .whenComplete(
            (result, failure) -> {
              if (failure != null) {
                error.set(Failures.describe(failure));
                return;
              }
              slowMode.set(result.slowModeSeconds());
              chosenSlowMode.set(result.slowModeSeconds());
              bans.setAll(result.bans() == null ? List.of() : result.bans());
              loadStaff(result.members());
            });
  }

  /** Names the owner and the moderators among {@code standings}, from the room's members. */
  private void loadStaff(List<MemberStanding> standings) {
    String me = client.me().userId();
    changesRoles.set(
        standings.stream().anyMatch(m -> m.userId().equals(me) && m.role() == RoomRole.OWNER));
    client
        .request(id -> new RoomMembers(id, roomId), MembersResult.class)
        .whenComplete(
            (result, failure) -> {
              if (failure != null) {
                error.set(Failures.describe(failure));
                return;
              }
              Map<String, String> names =
                  result.members().stream().collect(toMap(User::userId, User::shownName));
              staff.setAll(
                  standings.stream()
                      .filter(m -> m.role() != RoomRole.MEMBER)
                      .map(
                          m -> new Staff(m.userId(), names.getOrDefault(m.userId(), "?"), m.role()))
                      .sorted(
                          comparing((Staff m) -> m.role() != RoomRole.OWNER)
                              .thenComparing(Staff::name, String.CASE_INSENSITIVE_ORDER))
                      .toList());
            });
  }

  /** Makes the moderator {@code moderator} a plain member again (the owner only). */
  public void makeMember(Staff moderator) {
    client
        .request(
            id -> new RoomRoleSet(id, roomId, moderator.userId(), RoomRole.MEMBER),
            EmptyResult.class)
        .whenComplete(
            (ok, failure) -> {
              if (failure == null) {
                error.set("");
                staff.remove(moderator);
              } else {
                error.set(Failures.describe(failure));
              }
            });
  }

  /**
   * Sets the room's slow mode to {@code seconds} (0: off). The picker shows the choice at once;
   * when the server refuses it, the picker goes back to the slow mode in force and the refusal
   * shows.
   */
  public void setSlowMode(int seconds) {
    chosenSlowMode.set(seconds);
    client
        .request(id -> new RoomSlowMode(id, roomId, seconds), EmptyResult.class)
        .whenComplete(
            (ok, failure) -> {
              if (failure == null) {
                error.set("");
                slowMode.set(seconds);
              } else {
                error.set(Failures.describe(failure));
                if (chosenSlowMode.get() == seconds) {
                  chosenSlowMode.set(slowMode.get());
                }
              }
            });
  }

  /** Lifts {@code ban}: the user may join, or be invited, again. */
  public void unban(RoomBanEntry ban) {
    client
        .request(id -> new RoomUnban(id, roomId, ban.userId()), EmptyResult.class)
        .whenComplete(
            (ok, failure) -> {
              if (failure == null) {
                error.set("");
                bans.remove(ban);
              } else {
                error.set(Failures.describe(failure));
              }
            });
  }

  /** "Off", "30 s", "5 min". */
  public static String describeSlowMode(int seconds) {
    return seconds == 0 ? "Off" : "One message every " + SlowModes.describe(seconds);
  }

  /** "carol, until 4 Dec 14:30" or "carol, for good". */
  public String describe(RoomBanEntry ban) {
    return ban.username()
        + (ban.until() == null
            ? ", for good"
            : ", until " + UNTIL.format(Instant.ofEpochMilli(ban.until()).atZone(zone)));
  }

  /** "alice · owner", "bob · moderator". */
  public static String describe(Staff member) {
    return member.name() + " · " + member.role().name().toLowerCase(Locale.ROOT);
  }

  /** The owner first, then the moderators by name. */
  public ObservableList<Staff> staff() {
    return staff;
  }

  /** Whether the user owns the room, and so may make a moderator a member again. */
  public ReadOnlyBooleanProperty changesRolesProperty() {
    return changesRoles;
  }

  /** The room's slow mode in force, in seconds, 0 when off. */
  public ReadOnlyIntegerProperty slowModeProperty() {
    return slowMode;
  }

  /**
   * The slow mode the picker shows, in seconds: the one in force, or one just chosen while the
   * server has not answered.
   */
  public ReadOnlyObjectProperty<Integer> chosenSlowModeProperty() {
    return chosenSlowMode;
  }

  public ObservableList<RoomBanEntry> bans() {
    return bans;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
