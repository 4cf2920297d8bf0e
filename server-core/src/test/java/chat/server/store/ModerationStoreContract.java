package chat.server.store;

import static chat.protocol.model.RoomVisibility.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ModerationStore} must do. */
public abstract class ModerationStoreContract extends StorageContract {

  private static final long NOW = 1_000_000;

  private String owner;
  private String moderator;
  private String member;

  @BeforeEach
  void aRoomOfThree() {
    owner = user("olive");
    moderator = user("mona");
    member = user("max");
    room("r1", "Team", PUBLIC, 1_000, owner, moderator, member);
  }

  private ModerationStore moderation() {
    return storage.ports().moderation();
  }

  private MemberRole role(String userId) {
    return storage.rooms().role("r1", userId).orElse(null);
  }

  @Test
  void aMemberBecomesModeratorAndBackAndTheRoleSurvivesReopening() {
    assertThat(moderation().setRole("r1", moderator, MemberRole.MODERATOR)).isTrue();
    reopen();

    assertThat(role(moderator)).isEqualTo(MemberRole.MODERATOR);
    assertThat(moderation().setRole("r1", moderator, MemberRole.MEMBER)).isTrue();
    assertThat(role(moderator)).isEqualTo(MemberRole.MEMBER);
  }

  @Test
  void everyMembersRoleIsReadAtOnceInUserIdOrder() {
    moderation().setRole("r1", moderator, MemberRole.MODERATOR);

    assertThat(moderation().roles("r1"))
        .containsExactly(
            Map.entry(member, MemberRole.MEMBER),
            Map.entry(moderator, MemberRole.MODERATOR),
            Map.entry(owner, MemberRole.OWNER));
  }

  @Test
  void theOwnersRoleAndANonMembersChangeNothingThroughSetRole() {
    String outsider = user("otto");

    assertThat(moderation().setRole("r1", owner, MemberRole.MEMBER)).isFalse();
    assertThat(moderation().setRole("r1", outsider, MemberRole.MODERATOR)).isFalse();

    assertThat(role(owner)).isEqualTo(MemberRole.OWNER);
    assertThat(storage.rooms().isMember("r1", outsider)).isFalse();
  }

  @Test
  void handingTheRoomOverMakesTheOldOwnerAModeratorInOneStep() {
    assertThat(moderation().transferOwnership("r1", owner, member)).isTrue();

    assertThat(role(member)).isEqualTo(MemberRole.OWNER);
    assertThat(role(owner)).isEqualTo(MemberRole.MODERATOR);
  }

  @Test
  void onlyTheOwnerHandsTheRoomOverAndOnlyToAMember() {
    String outsider = user("otto");

    assertThat(moderation().transferOwnership("r1", moderator, member)).isFalse();
    assertThat(moderation().transferOwnership("r1", owner, outsider)).isFalse();
    assertThat(moderation().transferOwnership("r1", owner, owner)).isFalse();

    assertThat(role(owner)).isEqualTo(MemberRole.OWNER);
    assertThat(role(moderator)).isEqualTo(MemberRole.MEMBER);
    assertThat(role(member)).isEqualTo(MemberRole.MEMBER);
  }

  @Test
  void aTimedBanHoldsUntilItsEndAndIsThenNeitherFoundNorListed() {
    moderation().ban("r1", new RoomBan(member, owner, NOW, NOW + 60_000));
    reopen();

    assertThat(moderation().ban("r1", member, NOW + 59_999))
        .contains(new RoomBan(member, owner, NOW, NOW + 60_000));
    assertThat(moderation().bans("r1", NOW + 59_999))
        .extracting(RoomBan::userId)
        .containsExactly(member);
    assertThat(moderation().ban("r1", member, NOW + 60_000)).isEmpty();
    assertThat(moderation().bans("r1", NOW + 60_000)).isEmpty();
  }

  @Test
  void aBanForGoodNeverEndsAndBansAreListedNewestFirst() {
    String outsider = user("otto");
    moderation().ban("r1", new RoomBan(member, owner, NOW, null));
    moderation().ban("r1", new RoomBan(outsider, moderator, NOW + 5, NOW + 60_000));

    assertThat(moderation().ban("r1", member, Long.MAX_VALUE - 1))
        .contains(new RoomBan(member, owner, NOW, null));
    assertThat(moderation().bans("r1", NOW + 10))
        .extracting(RoomBan::userId)
        .containsExactly(outsider, member);
  }

  @Test
  void banningAgainReplacesTheEarlierBan() {
    moderation().ban("r1", new RoomBan(member, owner, NOW, null));
    moderation().ban("r1", new RoomBan(member, moderator, NOW + 1, NOW + 1_000));

    assertThat(moderation().bans("r1", NOW + 2))
        .containsExactly(new RoomBan(member, moderator, NOW + 1, NOW + 1_000));
  }

  @Test
  void liftingABanSaysWhetherOneWasInForce() {
    moderation().ban("r1", new RoomBan(member, owner, NOW, NOW + 1_000));
    moderation().ban("r1", new RoomBan(moderator, owner, NOW, NOW + 10));

    assertThat(moderation().unban("r1", member, NOW)).isTrue();
    assertThat(moderation().unban("r1", member, NOW)).isFalse();
    assertThat(moderation().unban("r1", moderator, NOW + 10)).isFalse();
    assertThat(moderation().bans("r1", NOW)).isEmpty();
  }

  @Test
  void aMuteHoldsUntilItsEndIsReplacedByTheNextAndCanBeLifted() {
    moderation().mute("r1", member, NOW + 1_000);
    moderation().mute("r1", moderator, NOW + 5);
    reopen();

    assertThat(moderation().mutedUntil("r1", member, NOW + 999)).contains(NOW + 1_000);
    assertThat(moderation().mutedUntil("r1", member, NOW + 1_000)).isEmpty();
    assertThat(moderation().mutes("r1", NOW))
        .isEqualTo(Map.of(member, NOW + 1_000, moderator, NOW + 5));
    assertThat(moderation().mutes("r1", NOW + 5)).isEqualTo(Map.of(member, NOW + 1_000));

    moderation().mute("r1", member, NOW + 2_000);
    assertThat(moderation().mutedUntil("r1", member, NOW + 1_500)).contains(NOW + 2_000);
    assertThat(moderation().unmute("r1", member, NOW)).isTrue();
    assertThat(moderation().unmute("r1", member, NOW)).isFalse();
    assertThat(moderation().mutedUntil("r1", member, NOW)).isEmpty();
  }

  @Test
  void slowModeIsOffUntilSetAndSurvivesReopening() {
    assertThat(moderation().slowMode("r1")).isZero();

    moderation().setSlowMode("r1", 30);
    reopen();

    assertThat(moderation().slowMode("r1")).isEqualTo(30);
    moderation().setSlowMode("r1", 0);
    assertThat(moderation().slowMode("r1")).isZero();
  }

  @Test
  void aMutedUserMayNotPostUntilTheMuteEnds() {
    moderation().mute("r1", member, NOW + 1_000);

    assertThat(moderation().claimPost("r1", member, "c1", NOW))
        .isEqualTo(new PostCheck(NOW + 1_000, 0));
    assertThat(moderation().claimPost("r1", member, "c1", NOW + 1_000))
        .isEqualTo(PostCheck.ALLOWED);
  }

  @Test
  void underSlowModeAPlainMemberPostsOncePerIntervalAndTheRefusalSaysHowLongToWait() {
    moderation().setSlowMode("r1", 10);

    assertThat(moderation().claimPost("r1", member, "c1", NOW)).isEqualTo(PostCheck.ALLOWED);
    assertThat(moderation().claimPost("r1", member, "c2", NOW + 4_000))
        .isEqualTo(new PostCheck(0, 6_000));
    assertThat(moderation().claimPost("r1", member, "c2", NOW + 10_000))
        .isEqualTo(PostCheck.ALLOWED);
    assertThat(moderation().claimPost("r1", member, "c3", NOW + 10_001))
        .isEqualTo(new PostCheck(0, 9_999));
  }

  @Test
  void aResendOfTheLastPostIsNotHeldBackBySlowMode() {
    moderation().setSlowMode("r1", 10);
    moderation().claimPost("r1", member, "c1", NOW);

    assertThat(moderation().claimPost("r1", member, "c1", NOW + 1)).isEqualTo(PostCheck.ALLOWED);
    assertThat(moderation().claimPost("r1", member, "c2", NOW + 2))
        .isEqualTo(new PostCheck(0, 9_998));
  }

  @Test
  void slowModeHoldsNeitherModeratorsNorTheOwnerNorAnyoneWhenOff() {
    moderation().setRole("r1", moderator, MemberRole.MODERATOR);
    assertThat(moderation().claimPost("r1", member, "c1", NOW)).isEqualTo(PostCheck.ALLOWED);
    assertThat(moderation().claimPost("r1", member, "c2", NOW + 1)).isEqualTo(PostCheck.ALLOWED);

    moderation().setSlowMode("r1", 10);
    for (String exempt : new String[] {owner, moderator}) {
      assertThat(moderation().claimPost("r1", exempt, "c1", NOW)).isEqualTo(PostCheck.ALLOWED);
      assertThat(moderation().claimPost("r1", exempt, "c2", NOW + 1)).isEqualTo(PostCheck.ALLOWED);
    }
  }

  @Test
  void moderationOfOneRoomLeavesAnotherAlone() {
    room("r2", "Other", PUBLIC, 1_000, owner, member);
    moderation().ban("r1", new RoomBan(moderator, owner, NOW, null));
    moderation().mute("r1", member, NOW + 1_000);
    moderation().setSlowMode("r1", 10);

    assertThat(moderation().ban("r2", moderator, NOW)).isEmpty();
    assertThat(moderation().mutedUntil("r2", member, NOW)).isEmpty();
    assertThat(moderation().slowMode("r2")).isZero();
  }
}
