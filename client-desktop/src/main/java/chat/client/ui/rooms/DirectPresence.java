package chat.client.ui.rooms;

import chat.client.net.Session;
import chat.protocol.Features;
import chat.protocol.Limits;
import chat.protocol.client.PresenceQuery;
import chat.protocol.client.RoomMembers;
import chat.protocol.model.PresenceEntry;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import chat.protocol.result.MembersResult;
import chat.protocol.result.PresenceResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The other person's presence dot on each direct room of the sidebar. A direct room names its two
 * people but not their ids, so its members are asked once; after each (re)connect the known people
 * are asked again in one {@code presence.query} (events missed while offline are lost); between the
 * two, {@code presence} events move the dots. Only where the server announces the {@code presence}
 * feature: without it statuses are not kept up to date, and no dot shows.
 */
public final class DirectPresence {

  private final Session client;
  private final String myUserId;
  private final boolean enabled;
  private final Map<String, String> partnerOfRoom = new HashMap<>();
  private final Map<String, RoomItem> roomOfPartner = new HashMap<>();

  /** Direct rooms whose members were asked and have not answered: asked once, not again. */
  private final Set<String> asking = new HashSet<>();

  public DirectPresence(Session client) {
    this.client = client;
    this.myUserId = client.me().userId();
    this.enabled = client.serverInfo().features().contains(Features.PRESENCE);
  }

  /** The rooms as listed after a (re)connect: every dot is brought up to date. */
  public void listed(List<RoomItem> rooms) {
    if (!enabled) {
      return;
    }
    List<String> known = new ArrayList<>();
    for (RoomItem room : rooms) {
      String partner = partnerOfRoom.get(room.roomId());
      if (partner != null) {
        roomOfPartner.put(partner, room);
        known.add(partner);
      } else if (room.visibility() == RoomVisibility.DIRECT) {
        askMembers(room);
      }
    }
    for (int from = 0; from < known.size(); from += Limits.PRESENCE_QUERY_MAX_USERS) {
      List<String> batch =
          known.subList(from, Math.min(known.size(), from + Limits.PRESENCE_QUERY_MAX_USERS));
      client
          .request(id -> new PresenceQuery(id, List.copyOf(batch)), PresenceResult.class)
          .thenAccept(result -> result.presence().forEach(this::show));
    }
  }

  /** A room just joined or opened: a new direct room gets its dot. */
  public void changed(RoomItem room) {
    if (enabled
        && room.visibility() == RoomVisibility.DIRECT
        && !partnerOfRoom.containsKey(room.roomId())) {
      askMembers(room);
    }
  }

  /** Moves the dot of the direct room with {@code userId}, if any. */
  public void presenceChanged(String userId, UserStatus status) {
    RoomItem room = roomOfPartner.get(userId);
    if (room != null) {
      room.partnerStatusProperty().set(status);
    }
  }

  private void askMembers(RoomItem room) {
    if (!asking.add(room.roomId())) {
      return;
    }
    client
        .request(id -> new RoomMembers(id, room.roomId()), MembersResult.class)
        .whenComplete((result, failure) -> asking.remove(room.roomId()))
        .thenAccept(
            result ->
                result.members().stream()
                    .filter(user -> !user.userId().equals(myUserId))
                    .findFirst()
                    .ifPresent(partner -> track(room, partner)));
  }

  private void track(RoomItem room, User partner) {
    partnerOfRoom.put(room.roomId(), partner.userId());
    roomOfPartner.put(partner.userId(), room);
    room.partnerStatusProperty().set(partner.status());
  }

  private void show(PresenceEntry entry) {
    presenceChanged(entry.userId(), entry.status());
  }
}
