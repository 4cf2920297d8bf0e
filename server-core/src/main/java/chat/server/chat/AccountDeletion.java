package chat.server.chat;

import chat.protocol.ErrorCode;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.ServerRole;
import chat.protocol.server.RoomUpdated;
import chat.protocol.server.UserUpdated;
import chat.server.auth.AccountService;
import chat.server.auth.AuthenticatedUser;
import chat.server.auth.SessionService;
import chat.server.error.ChatException;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.RoomStore;
import chat.server.store.StorePorts;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes an account at its owner's request. The account row stays, marked deleted ({@link
 * UserStore#markDeleted}): its username stays reserved, so nobody can register it and pass for the
 * person in old messages and mentions; its messages stay, shown as sent by the deleted user ({@link
 * SenderNames}). Every session is revoked (every node closes its sockets), the account leaves every
 * room, and each of its direct rooms is closed: the other person keeps the history but can send no
 * more. A room it owned keeps no owner.
 *
 * <p>Two-factor sign-in does not change this: the password alone confirms the deletion, as it does
 * a password change.
 */
public final class AccountDeletion {

  private static final Logger log = LoggerFactory.getLogger(AccountDeletion.class);

  private final UserStore users;
  private final RoomStore rooms;
  private final EventBus events;
  private final AccountService accounts;
  private final SessionService sessions;
  private final UserDirectory directory;
  private final PresenceService presence;

  /** The services the deletion goes through. */
  public record Accounts(
      AccountService accounts,
      SessionService sessions,
      UserDirectory directory,
      PresenceService presence) {}

  public AccountDeletion(StorePorts stores, Accounts services) {
    this.users = stores.users();
    this.rooms = stores.rooms();
    this.events = stores.events();
    this.accounts = services.accounts();
    this.sessions = services.sessions();
    this.directory = services.directory();
    this.presence = services.presence();
  }

  /**
   * Deletes the caller's account for good, after checking their password as a login would.
   *
   * @param address the client's address, as the HTTP edge resolved it
   * @throws ChatException {@code INVALID_CREDENTIALS} (a wrong password), {@code RATE_LIMITED} (as
   *     logins are limited), {@code OWNER_CANNOT_DELETE} (the server's owner); nothing changes then
   */
  public void delete(AuthenticatedUser caller, String password, String address) {
    String userId = caller.userId();
    if (role(userId) == ServerRole.OWNER) {
      throw ownerCannotDelete();
    }
    accounts.confirmPassword(caller, password, address);
    Set<String> sawThem = new HashSet<>(presence.visibleTo(userId));
    sawThem.remove(userId);
    if (!users.markDeleted(userId, accounts.unusableHash())) {
      throw role(userId) == ServerRole.OWNER
          ? ownerCannotDelete()
          : ChatException.unauthorized("unknown or deleted user");
    }
    // Read after the mark: an add racing the deletion is either seen here or sees the mark.
    List<Room> joined = rooms.roomsOf(userId);
    sessions.revokeAllOf(userId);
    joined.forEach(room -> leave(room, userId));
    events.publish(new BusEvent.Delivery(sawThem, new UserUpdated(directory.get(userId))));
    log.info("user {} deleted their account, leaving {} rooms", userId, joined.size());
  }

  /** Takes the deleted account out of a room, closing it if direct, and tells who is left. */
  private void leave(Room room, String userId) {
    String roomId = room.roomId();
    rooms.removeMember(roomId, userId);
    if (room.visibility() == RoomVisibility.DIRECT) {
      rooms.close(roomId);
    }
    rooms
        .find(roomId)
        .ifPresent(
            now ->
                events.publish(
                    new BusEvent.Delivery(rooms.memberIds(roomId), new RoomUpdated(now))));
  }

  private ServerRole role(String userId) {
    return users
        .findById(userId)
        .map(UserAccount::role)
        .orElseThrow(() -> ChatException.unauthorized("unknown user"));
  }

  private static ChatException ownerCannotDelete() {
    return new ChatException(
        ErrorCode.OWNER_CANNOT_DELETE, "the server's owner cannot delete their account");
  }
}
