package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.http.Invite;
import chat.protocol.model.RegistrationMode;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** What every {@link RegistrationStore} must do. */
public abstract class RegistrationStoreContract extends StorageContract {

  private static final long NOW = 1_000_000;

  private RegistrationStore registration() {
    return storage.ports().registration();
  }

  private static Invite invite(String code, long createdAt, int maxUses) {
    return new Invite(code, "u-admin", createdAt, NOW + 60_000, maxUses, 0);
  }

  private int used(String code) {
    return registration().invites(100).stream()
        .filter(invite -> invite.code().equals(code))
        .findFirst()
        .orElseThrow()
        .used();
  }

  @Test
  void theModeIsUnsetUntilOneIsStoredAndItSurvivesReopening() {
    assertThat(registration().mode()).isEmpty();

    registration().setMode(RegistrationMode.INVITE);
    registration().setMode(RegistrationMode.CLOSED);
    reopen();

    assertThat(registration().mode()).contains(RegistrationMode.CLOSED);
  }

  @Test
  void invitesAreListedNewestFirstUpToTheLimitAndSurviveReopening() {
    registration().insertInvite(invite("i_old", 1, 5));
    registration().insertInvite(invite("i_new", 3, 5));
    registration().insertInvite(invite("i_mid", 2, 5));
    reopen();

    assertThat(registration().invites(10))
        .extracting(Invite::code)
        .containsExactly("i_new", "i_mid", "i_old");
    assertThat(registration().invites(2))
        .extracting(Invite::code)
        .containsExactly("i_new", "i_mid");
    assertThat(registration().invites(10).getFirst()).isEqualTo(invite("i_new", 3, 5));
  }

  @Test
  void eachUseIsCountedUntilTheInviteIsUsedUp() {
    registration().insertInvite(invite("i_1", 1, 2));

    assertThat(registration().useInvite("i_1", NOW)).isEqualTo(InviteUse.ADMITTED);
    assertThat(registration().useInvite("i_1", NOW)).isEqualTo(InviteUse.ADMITTED);
    assertThat(registration().useInvite("i_1", NOW)).isEqualTo(InviteUse.USED_UP);

    assertThat(used("i_1")).isEqualTo(2);
  }

  @Test
  void anExpiredOrUnknownInviteIsRefusedAndNothingChanges() {
    registration().insertInvite(invite("i_1", 1, 2));

    assertThat(registration().useInvite("i_1", NOW + 60_000)).isEqualTo(InviteUse.EXPIRED);
    assertThat(registration().useInvite("i_nope", NOW)).isEqualTo(InviteUse.UNKNOWN);

    assertThat(used("i_1")).isZero();
    assertThat(registration().invites(10)).extracting(Invite::code).containsExactly("i_1");
  }

  @Test
  void aReturnedUseCanBeTakenAgainAndNeverGoesBelowZero() {
    registration().insertInvite(invite("i_1", 1, 1));
    registration().useInvite("i_1", NOW);

    registration().returnInvite("i_1");
    registration().returnInvite("i_1");

    assertThat(used("i_1")).isZero();
    assertThat(registration().useInvite("i_1", NOW)).isEqualTo(InviteUse.ADMITTED);
  }

  /** Of many registrations racing for the last use, exactly one gets it. */
  @RepeatedTest(5)
  void theLastUseGoesToExactlyOneOfManyRacers() throws Exception {
    registration().insertInvite(invite("i_1", 1, 1));

    List<InviteUse> uses = concurrently(8, i -> registration().useInvite("i_1", NOW));

    assertThat(uses).filteredOn(use -> use == InviteUse.ADMITTED).hasSize(1);
    assertThat(uses).filteredOn(use -> use == InviteUse.USED_UP).hasSize(7);
    assertThat(used("i_1")).isEqualTo(1);
  }

  @Test
  void aRoomInviteKeepsItsRoomAndIsFoundByItsCode() {
    Invite roomInvite = new Invite("i_room", "u-owner", 1, NOW + 60_000, 3, 0, "r-lobby");
    registration().insertInvite(roomInvite);
    registration().insertInvite(invite("i_plain", 2, 1));
    reopen();

    assertThat(registration().invite("i_room")).contains(roomInvite);
    assertThat(registration().invite("i_plain").orElseThrow().roomId()).isNull();
    assertThat(registration().invite("i_nope")).isEmpty();
  }

  @Test
  void aRevokedInviteIsGoneAndUsingItFindsNoSuchInvite() {
    registration().insertInvite(invite("i_1", 1, 5));
    registration().insertInvite(invite("i_2", 2, 5));

    assertThat(registration().revokeInvite("i_1")).isTrue();

    assertThat(registration().useInvite("i_1", NOW)).isEqualTo(InviteUse.UNKNOWN);
    assertThat(registration().invite("i_1")).isEmpty();
    assertThat(registration().invites(10)).extracting(Invite::code).containsExactly("i_2");
  }

  @Test
  void aRoomsInvitesAreListedNewestFirstWithoutOtherRoomsOrRevokedOnes() {
    registration().insertInvite(new Invite("i_old", "u-owner", 1, NOW + 60_000, 3, 0, "r-lobby"));
    registration().insertInvite(new Invite("i_new", "u-owner", 3, NOW + 60_000, 3, 0, "r-lobby"));
    registration().insertInvite(new Invite("i_gone", "u-owner", 4, NOW + 60_000, 3, 0, "r-lobby"));
    registration().insertInvite(new Invite("i_else", "u-owner", 2, NOW + 60_000, 3, 0, "r-else"));
    registration().insertInvite(invite("i_plain", 5, 1));
    assertThat(registration().revokeInvite("i_gone")).isTrue();
    reopen();

    assertThat(registration().invitesOfRoom("r-lobby", 10))
        .extracting(Invite::code)
        .containsExactly("i_new", "i_old");
    assertThat(registration().invitesOfRoom("r-lobby", 1))
        .extracting(Invite::code)
        .containsExactly("i_new");
    assertThat(registration().invitesOfRoom("r-nowhere", 10)).isEmpty();
  }

  @Test
  void revokingAnUnknownInviteChangesNothing() {
    registration().insertInvite(invite("i_1", 1, 5));

    assertThat(registration().revokeInvite("i_nope")).isFalse();

    assertThat(registration().invites(10)).extracting(Invite::code).containsExactly("i_1");
  }
}
