package chat.client.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.AgreementKeyPair;
import chat.client.crypto.Sas;
import chat.client.crypto.SigningKeyPair;
import chat.client.e2ee.EncryptedChat.App;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.Waits;
import chat.protocol.Base64Url;
import chat.protocol.model.Room;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Verifying a contact with the short code, device to device through a real server. */
class ShortCodeVerificationTest {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat();

  @Test
  void twoDevicesThatCompareTheSameCodeMarkEachOtherVerified() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    alice.encryptedRoom("ours", List.of(bob.userId()));
    Seen aliceSees = new Seen(alice);
    Seen bobSees = new Seen(bob);

    String tx = alice.e2ee().verifications().verify(bob.userId()).join();
    VerificationEvent.Requested request = bobSees.await(VerificationEvent.Requested.class);
    bob.e2ee().verifications().accept(tx).join();
    VerificationEvent.CodeReady aliceCode = aliceSees.await(VerificationEvent.CodeReady.class);
    VerificationEvent.CodeReady bobCode = bobSees.await(VerificationEvent.CodeReady.class);
    alice.e2ee().verifications().confirm(tx).join();
    bob.e2ee().verifications().confirm(tx).join();
    aliceSees.await(VerificationEvent.Verified.class);
    bobSees.await(VerificationEvent.Verified.class);
    chat.close(alice);
    App aliceAgain = chat.restarted("alice");

    assertThat(request)
        .isEqualTo(new VerificationEvent.Requested(tx, alice.userId(), alice.e2ee().deviceId()));
    assertThat(aliceCode.code().emoji()).hasSize(7).isEqualTo(bobCode.code().emoji());
    assertThat(aliceCode.code().numbers()).hasSize(3).isEqualTo(bobCode.code().numbers());
    assertThat(bob.e2ee().verifications().isVerified(alice.userId()).join()).isTrue();
    assertThat(bob.e2ee().verifications().verifiedUsers().join()).containsExactly(alice.userId());
    assertThat(aliceSees.events).doesNotHaveAnyElementsOfTypes(VerificationEvent.Cancelled.class);
    assertThat(aliceAgain.e2ee().verifications().isVerified(bob.userId()).join()).isTrue();
  }

  @Test
  void theFirstOfTheContactsDevicesToAcceptGoesOnAndTheOthersAreTold() {
    App alice = chat.signedUp("alice");
    App bobDesktop = chat.signedUp("bob");
    String recoveryKey = bobDesktop.e2ee().takeNewRecoveryKey().orElseThrow().display();
    App bobLaptop = chat.signedIn("bob", "bob-laptop");
    bobLaptop.e2ee().restore(recoveryKey).join();
    alice.encryptedRoom("ours", List.of(bobDesktop.userId()));
    Seen aliceSees = new Seen(alice);
    Seen desktopSees = new Seen(bobDesktop);
    Seen laptopSees = new Seen(bobLaptop);

    String tx = alice.e2ee().verifications().verify(bobDesktop.userId()).join();
    desktopSees.await(VerificationEvent.Requested.class);
    laptopSees.await(VerificationEvent.Requested.class);
    bobLaptop.e2ee().verifications().accept(tx).join();
    VerificationEvent.CodeReady aliceCode = aliceSees.await(VerificationEvent.CodeReady.class);
    VerificationEvent.CodeReady laptopCode = laptopSees.await(VerificationEvent.CodeReady.class);
    alice.e2ee().verifications().confirm(tx).join();
    bobLaptop.e2ee().verifications().confirm(tx).join();
    aliceSees.await(VerificationEvent.Verified.class);

    assertThat(desktopSees.await(VerificationEvent.Cancelled.class))
        .isEqualTo(
            new VerificationEvent.Cancelled(
                tx, alice.userId(), CancelReason.ACCEPTED_ELSEWHERE, true));
    assertThat(aliceCode.code()).isEqualTo(laptopCode.code());
    assertThat(alice.e2ee().verifications().isVerified(bobDesktop.userId()).join()).isTrue();
  }

  @Test
  void aDeniedCodeMarksNothing() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    alice.encryptedRoom("ours", List.of(bob.userId()));
    Seen aliceSees = new Seen(alice);
    Seen bobSees = new Seen(bob);
    String tx = alice.e2ee().verifications().verify(bob.userId()).join();
    bobSees.await(VerificationEvent.Requested.class);
    bob.e2ee().verifications().accept(tx).join();
    aliceSees.await(VerificationEvent.CodeReady.class);
    bobSees.await(VerificationEvent.CodeReady.class);

    alice.e2ee().verifications().confirm(tx).join();
    bob.e2ee().verifications().deny(tx).join();

    assertThat(aliceSees.await(VerificationEvent.Cancelled.class))
        .isEqualTo(
            new VerificationEvent.Cancelled(tx, bob.userId(), CancelReason.CODES_DIFFER, true));
    assertThat(bobSees.await(VerificationEvent.Cancelled.class))
        .isEqualTo(
            new VerificationEvent.Cancelled(tx, alice.userId(), CancelReason.CODES_DIFFER, false));
    assertThat(alice.e2ee().verifications().isVerified(bob.userId()).join()).isFalse();
    assertThat(bob.e2ee().verifications().isVerified(alice.userId()).join()).isFalse();
  }

  @Test
  void aKeyThatBreaksTheCommitmentCancelsTheVerification() {
    App alice = chat.signedUp("alice");
    Seen aliceSees = new Seen(alice);
    try (Session carolSession = Clients.signedUp(chat.server(), chat.appDir("carol"), "carol")) {
      HandmadeDevice carol = HandmadeDevice.register(carolSession, "carol-verifying-device");
      alice.encryptedRoom("ours", List.of(carol.userId()));
      AgreementKeyPair committed = AgreementKeyPair.generate();
      String tx = "carol-tx";
      carolAsksAndAliceAccepts(carol, alice, aliceSees, tx, committed);

      carol.send(alice, new VerificationStep.Key(tx, AgreementKeyPair.generate().publicKey()));

      assertThat(carol.await(alice, VerificationStep.Cancel.class).reason())
          .isEqualTo(CancelReason.BROKEN_COMMITMENT);
      assertThat(aliceSees.await(VerificationEvent.Cancelled.class).reason())
          .isEqualTo(CancelReason.BROKEN_COMMITMENT);
      assertThat(aliceSees.events).doesNotHaveAnyElementsOfTypes(VerificationEvent.CodeReady.class);
      assertThat(alice.e2ee().verifications().isVerified(carol.userId()).join()).isFalse();
    }
  }

  @Test
  void aBadMacMarksNothing() {
    App alice = chat.signedUp("alice");
    Seen aliceSees = new Seen(alice);
    try (Session carolSession = Clients.signedUp(chat.server(), chat.appDir("carol"), "carol")) {
      HandmadeDevice carol = HandmadeDevice.register(carolSession, "carol-verifying-device");
      alice.encryptedRoom("ours", List.of(carol.userId()));
      AgreementKeyPair ephemeral = AgreementKeyPair.generate();
      String tx = "carol-tx";
      VerificationStep.Accept accept =
          carolAsksAndAliceAccepts(carol, alice, aliceSees, tx, ephemeral);
      carol.send(alice, new VerificationStep.Key(tx, ephemeral.publicKey()));
      VerificationEvent.CodeReady shown = aliceSees.await(VerificationEvent.CodeReady.class);
      Sas.Agreement carolsOwn =
          Sas.agree(ephemeral.privateKey(), accept.key(), tx, carol.party(), carol.partyOf(alice));

      alice.e2ee().verifications().confirm(tx).join();
      VerificationStep.Mac alicesMac = carol.await(alice, VerificationStep.Mac.class);
      carol.send(alice, new VerificationStep.Mac(tx, Sas.mac(new byte[32], carol.party())));

      assertThat(shown.code()).isEqualTo(carolsOwn.code());
      assertThat(Sas.verifyMac(carolsOwn.macKey(), carol.partyOf(alice), alicesMac.mac())).isTrue();
      assertThat(carol.await(alice, VerificationStep.Cancel.class).reason())
          .isEqualTo(CancelReason.BAD_MAC);
      assertThat(aliceSees.await(VerificationEvent.Cancelled.class).reason())
          .isEqualTo(CancelReason.BAD_MAC);
      assertThat(alice.e2ee().verifications().isVerified(carol.userId()).join()).isFalse();
    }
  }

  @Test
  void aVerifiedContactsChangedKeyIsFlaggedAsVerifiedBefore() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    App carol = chat.signedUp("carol");
    Room room = alice.encryptedRoom("ours", List.of(bob.userId(), carol.userId()));
    verified(alice, bob);
    alice.e2ee().send(room.roomId(), "before the change", List.of()).join();

    for (App contact : List.of(bob, carol)) {
      contact
          .session()
          .keys()
          .replaceIdentityKey(
              Base64Url.encode(SigningKeyPair.generate().publicKey()), "password123")
          .join();
    }
    alice.e2ee().send(room.roomId(), "after the change", List.of()).join();
    List<IdentityChange> changes = alice.e2ee().identityChanges().join();
    boolean verifiedWhileChanged = alice.e2ee().verifications().isVerified(bob.userId()).join();
    alice.e2ee().accept(bob.userId()).join();

    assertThat(changes)
        .containsExactlyInAnyOrder(
            new IdentityChange(bob.userId(), true), new IdentityChange(carol.userId(), false));
    assertThat(verifiedWhileChanged).isFalse();
    assertThat(alice.e2ee().verifications().isVerified(bob.userId()).join()).isFalse();
  }

  @Test
  void aVerificationNotFinishedInTenMinutesIsCancelled() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    alice.encryptedRoom("ours", List.of(bob.userId()));
    Seen aliceSees = new Seen(alice);
    Seen bobSees = new Seen(bob);
    String tx = alice.e2ee().verifications().verify(bob.userId()).join();
    bobSees.await(VerificationEvent.Requested.class);

    chat.advanceClock(Verifications.TIMEOUT.plus(Duration.ofSeconds(1)));
    bob.e2ee().verifications().accept(tx).join();

    assertThat(bobSees.await(VerificationEvent.Cancelled.class).reason())
        .isEqualTo(CancelReason.TIMED_OUT);
    assertThat(aliceSees.await(VerificationEvent.Cancelled.class).reason())
        .isEqualTo(CancelReason.TIMED_OUT);
    assertThat(bobSees.events).doesNotHaveAnyElementsOfTypes(VerificationEvent.CodeReady.class);
  }

  @Test
  void aSecondVerificationWithTheSameContactIsRefusedWhileTheFirstRuns() {
    App alice = chat.signedUp("alice");
    App bob = chat.signedUp("bob");
    alice.encryptedRoom("ours", List.of(bob.userId()));
    Seen bobSees = new Seen(bob);
    alice.e2ee().verifications().verify(bob.userId()).join();
    bobSees.await(VerificationEvent.Requested.class);

    var second = alice.e2ee().verifications().verify(bob.userId());

    assertThat(second)
        .failsWithin(Waits.DEFAULT)
        .withThrowableThat()
        .havingRootCause()
        .isInstanceOf(CannotVerifyException.class)
        .withMessageStartingWith(CannotVerifyException.Why.UNDER_WAY.name());
  }

  /** Runs a verification of {@code one} and {@code other} to its end, both confirming. */
  private static void verified(App one, App other) {
    Seen oneSees = new Seen(one);
    Seen otherSees = new Seen(other);
    String tx = one.e2ee().verifications().verify(other.userId()).join();
    otherSees.await(VerificationEvent.Requested.class);
    other.e2ee().verifications().accept(tx).join();
    oneSees.await(VerificationEvent.CodeReady.class);
    otherSees.await(VerificationEvent.CodeReady.class);
    one.e2ee().verifications().confirm(tx).join();
    other.e2ee().verifications().confirm(tx).join();
    oneSees.await(VerificationEvent.Verified.class);
    otherSees.await(VerificationEvent.Verified.class);
  }

  /** The verification events an app's listener was told, in order. */
  /**
   * Carol's hand-made device asks alice to verify, committing to {@code key}; alice accepts.
   *
   * @return alice's accept, as carol received it
   */
  private static VerificationStep.Accept carolAsksAndAliceAccepts(
      HandmadeDevice carol, App alice, Seen aliceSees, String tx, AgreementKeyPair key) {
    carol.send(alice, new VerificationStep.Start(tx, Sas.commitment(tx, key.publicKey())));
    aliceSees.await(VerificationEvent.Requested.class);
    alice.e2ee().verifications().accept(tx).join();
    return carol.await(alice, VerificationStep.Accept.class);
  }

  private static final class Seen {

    final List<VerificationEvent> events = new CopyOnWriteArrayList<>();

    Seen(App app) {
      app.e2ee().verifications().addListener(events::add);
    }

    <T extends VerificationEvent> T await(Class<T> type) {
      Waits.until("a " + type.getSimpleName(), () -> events.stream().anyMatch(type::isInstance));
      return events.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
  }
}
