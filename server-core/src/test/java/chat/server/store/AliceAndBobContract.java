package chat.server.store;

import org.junit.jupiter.api.BeforeEach;

/**
 * A contract suite whose tests start with two users, alice and bob, both members of the private
 * rooms r1 and r2 that alice owns.
 */
public abstract class AliceAndBobContract extends StorageContract {

  protected String alice;
  protected String bob;

  @BeforeEach
  void createRooms() {
    alice = user("alice");
    bob = user("bob");
    sharedPrivateRooms(alice, bob, "r1", "r2");
  }
}
