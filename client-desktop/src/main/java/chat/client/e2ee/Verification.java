package chat.client.e2ee;

import chat.client.crypto.AgreementKeyPair;
import chat.client.crypto.DeviceRecord;
import chat.client.crypto.Sas;
import chat.client.crypto.SasParty;
import java.time.Instant;
import java.util.List;

/**
 * One short-code verification between this device and one device of another user, as E2EE.md's
 * steps run it: the starter commits to its ephemeral key, the accepter answers with its own, the
 * starter reveals its key and the accepter checks it against the commitment; both then show the
 * code, and once the person confirms, each side sends the MAC of its own identity and checks the
 * other's. A broken commitment, a denied code, a bad MAC, a step out of place or the deadline
 * cancels it, and only two checked MACs mark anything. Not thread-safe: {@link Verifications} calls
 * it from the encryption's one worker.
 */
final class Verification {

  /** Where the transaction's steps go and what becomes of it. */
  interface Channel {
    void send(DeviceRecord to, VerificationStep step);

    void update(VerificationEvent event);

    /** Both MACs checked: {@code userId}'s {@code identityKey} is verified. */
    void verified(String userId, byte[] identityKey);
  }

  private enum Stage {
    REQUESTED,
    INCOMING,
    AWAITING_KEY,
    SHOWING,
    CONFIRMED,
    ENDED
  }

  private final String tx;
  private final SasParty self;
  private final String userId;
  private final byte[] identityKey;
  private final Instant deadline;
  private final Channel channel;
  private final boolean starter;
  private final AgreementKeyPair ephemeral = AgreementKeyPair.generate();
  private List<DeviceRecord> asked;
  private DeviceRecord other;
  private byte[] commitment;
  private Sas.Agreement agreement;
  private byte[] theirMac;
  private Stage stage;

  private Verification(
      String tx,
      SasParty self,
      String userId,
      byte[] identityKey,
      Instant deadline,
      Channel channel,
      boolean starter) {
    this.tx = tx;
    this.self = self;
    this.userId = userId;
    this.identityKey = identityKey;
    this.deadline = deadline;
    this.channel = channel;
    this.starter = starter;
  }

  /**
   * Starts with every one of {@code devices} of {@code userId}, whose identity key this device
   * trusts as {@code identityKey}: the first to accept is the one it goes on with.
   */
  static Verification start(
      String tx,
      SasParty self,
      String userId,
      byte[] identityKey,
      List<DeviceRecord> devices,
      Instant deadline,
      Channel channel) {
    Verification verification =
        new Verification(tx, self, userId, identityKey, deadline, channel, true);
    verification.stage = Stage.REQUESTED;
    verification.asked = List.copyOf(devices);
    byte[] commitment = Sas.commitment(tx, verification.ephemeral.publicKey());
    devices.forEach(device -> channel.send(device, new VerificationStep.Start(tx, commitment)));
    return verification;
  }

  /** The request {@code start} of {@code from}, waiting for this device's person to accept it. */
  static Verification incoming(
      VerificationStep.Start start,
      SasParty self,
      DeviceRecord from,
      byte[] identityKey,
      Instant deadline,
      Channel channel) {
    Verification verification =
        new Verification(start.tx(), self, from.userId(), identityKey, deadline, channel, false);
    verification.stage = Stage.INCOMING;
    verification.other = from;
    verification.asked = List.of(from);
    verification.commitment = start.commitment();
    channel.update(new VerificationEvent.Requested(start.tx(), from.userId(), from.deviceId()));
    return verification;
  }

  String userId() {
    return userId;
  }

  boolean ended() {
    return stage == Stage.ENDED;
  }

  /** This device's person accepted the request. */
  void accept() {
    if (stage == Stage.INCOMING) {
      stage = Stage.AWAITING_KEY;
      channel.send(other, new VerificationStep.Accept(tx, ephemeral.publicKey()));
    }
  }

  /** This device's person says the codes match. */
  void confirm() {
    if (stage == Stage.SHOWING) {
      stage = Stage.CONFIRMED;
      channel.send(other, new VerificationStep.Mac(tx, Sas.mac(agreement.macKey(), self)));
      checkMac();
    }
  }

  /** This device's person says the codes differ. */
  void deny() {
    if (stage == Stage.SHOWING || stage == Stage.CONFIRMED) {
      cancel(CancelReason.CODES_DIFFER);
    }
  }

  /** Ends the transaction for {@code reason}, telling the other side; nothing once it ended. */
  void cancel(CancelReason reason) {
    if (stage == Stage.ENDED) {
      return;
    }
    List<DeviceRecord> told = other == null ? asked : List.of(other);
    told.forEach(device -> channel.send(device, new VerificationStep.Cancel(tx, reason)));
    end(new VerificationEvent.Cancelled(tx, userId, reason, false));
  }

  /** Cancels when the deadline passed by {@code now}. */
  void expireIfDue(Instant now) {
    if (!now.isBefore(deadline)) {
      cancel(CancelReason.TIMED_OUT);
    }
  }

  /** A step of this transaction from {@code from}, one of the other user's trusted devices. */
  void receive(DeviceRecord from, VerificationStep step) {
    if (stage == Stage.ENDED || !(other == null ? isAsked(from) : same(other, from))) {
      return; // not the device it runs with: another device that came late, or a stranger
    }
    switch (step) {
      case VerificationStep.Accept accept when stage == Stage.REQUESTED -> accepted(from, accept);
      case VerificationStep.Key key when stage == Stage.AWAITING_KEY -> revealed(key);
      case VerificationStep.Mac mac
          when (stage == Stage.SHOWING || stage == Stage.CONFIRMED) && theirMac == null -> {
        theirMac = mac.mac();
        checkMac();
      }
      case VerificationStep.Cancel cancel -> {
        if (other == null) {
          tellOthers(from, cancel.reason()); // one device declined: the request is over for all
        }
        end(new VerificationEvent.Cancelled(tx, userId, cancel.reason(), true));
      }
      case VerificationStep.Start _,
          VerificationStep.Accept _,
          VerificationStep.Key _,
          VerificationStep.Mac _ ->
          cancel(CancelReason.UNEXPECTED);
    }
  }

  private void accepted(DeviceRecord from, VerificationStep.Accept accept) {
    other = from;
    tellOthers(from, CancelReason.ACCEPTED_ELSEWHERE);
    channel.send(other, new VerificationStep.Key(tx, ephemeral.publicKey()));
    agree(accept.key());
  }

  private void tellOthers(DeviceRecord than, CancelReason reason) {
    asked.stream()
        .filter(device -> !same(device, than))
        .forEach(device -> channel.send(device, new VerificationStep.Cancel(tx, reason)));
  }

  private boolean isAsked(DeviceRecord device) {
    return asked.stream().anyMatch(each -> same(each, device));
  }

  private static boolean same(DeviceRecord one, DeviceRecord other) {
    return one.address().equals(other.address());
  }

  private void revealed(VerificationStep.Key key) {
    if (!Sas.keepsCommitment(tx, key.key(), commitment)) {
      cancel(CancelReason.BROKEN_COMMITMENT);
      return;
    }
    agree(key.key());
  }

  private void agree(byte[] theirKey) {
    SasParty them = new SasParty(other.userId(), other.deviceId(), identityKey);
    try {
      agreement =
          starter
              ? Sas.agree(ephemeral.privateKey(), theirKey, tx, self, them)
              : Sas.agree(ephemeral.privateKey(), theirKey, tx, them, self);
    } catch (IllegalArgumentException e) {
      cancel(CancelReason.UNEXPECTED); // a key of small order: no secret to agree on
      return;
    }
    stage = Stage.SHOWING;
    channel.update(new VerificationEvent.CodeReady(tx, userId, agreement.code()));
  }

  /** Once this side confirmed and the other's MAC came, checks it. */
  private void checkMac() {
    if (stage != Stage.CONFIRMED || theirMac == null) {
      return;
    }
    SasParty them = new SasParty(other.userId(), other.deviceId(), identityKey);
    if (!Sas.verifyMac(agreement.macKey(), them, theirMac)) {
      cancel(CancelReason.BAD_MAC);
      return;
    }
    channel.verified(userId, identityKey);
    end(new VerificationEvent.Verified(tx, userId));
  }

  private void end(VerificationEvent event) {
    stage = Stage.ENDED;
    channel.update(event);
  }
}
