package chat.client.ui.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.crypto.RecoveryKey;
import chat.client.e2ee.DeviceState;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The recovery key dialogs' view models over real encryption (see {@link AliceOnTwoDevices}). */
class RecoveryKeyViewModelsTest {

  @RegisterExtension final AliceOnTwoDevices alice = new AliceOnTwoDevices();

  @Test
  void theNewKeyIsShownAsFourteenGroupsOfFourAndCopiedWhole() {
    RecoveryKey key = alice.desktop().takeNewRecoveryKey().orElseThrow();
    RecoveryKeySaveViewModel save = new RecoveryKeySaveViewModel(key);

    save.copied();

    assertThat(save.groups()).hasSize(14).allSatisfy(g -> assertThat(g).hasSize(4));
    assertThat(RecoveryKey.parse(save.copyText()).orElseThrow().bytes()).isEqualTo(key.bytes());
    assertThat(RecoveryKey.parse(String.join("", save.groups()))).isPresent();
    assertThat(save.copiedProperty().get()).isTrue();
  }

  @Test
  void onlyIHaveSavedItLetsTheKeyGo() {
    RecoveryKeySaveViewModel save =
        new RecoveryKeySaveViewModel(alice.desktop().takeNewRecoveryKey().orElseThrow());
    boolean before = save.savedProperty().get();

    save.confirmSaved();

    assertThat(before).isFalse();
    assertThat(save.savedProperty().get()).isTrue();
  }

  @Test
  void restoreIsOfferedOnceSomethingIsTyped() {
    RecoveryKeyEntryViewModel entry =
        new RecoveryKeyEntryViewModel(alice.laptop()::restore, Runnable::run);
    boolean blank = entry.canRestore().get();

    entry.typedProperty().set("  ");
    boolean spaces = entry.canRestore().get();
    entry.typedProperty().set("0");

    assertThat(blank).isFalse();
    assertThat(spaces).isFalse();
    assertThat(entry.canRestore().get()).isTrue();
  }

  @Test
  void aMistypedKeyIsToldAsSuchAndTheLaptopStillNeedsItsKey() {
    String typed = alice.desktop().takeNewRecoveryKey().orElseThrow().display();
    RecoveryKeyEntryViewModel entry =
        new RecoveryKeyEntryViewModel(alice.laptop()::restore, Runnable::run);

    entry.typedProperty().set(typed.substring(0, typed.length() - 1));
    entry.restore().join();

    assertThat(entry.errorProperty().get())
        .isEqualTo("That is not a recovery key: a character is mistyped");
    assertThat(entry.restoredProperty().get()).isFalse();
    assertThat(alice.laptop().state()).isEqualTo(DeviceState.NEEDS_IDENTITY);
  }

  @Test
  void anotherKeyIsToldWrongAndTheLaptopStillNeedsItsKey() {
    RecoveryKeyEntryViewModel entry =
        new RecoveryKeyEntryViewModel(alice.laptop()::restore, Runnable::run);

    entry.typedProperty().set(RecoveryKey.generate().display());
    entry.restore().join();

    assertThat(entry.errorProperty().get()).isEqualTo("Wrong recovery key");
    assertThat(entry.restoredProperty().get()).isFalse();
    assertThat(alice.laptop().state()).isEqualTo(DeviceState.NEEDS_IDENTITY);
  }

  @Test
  void theSavedKeyTypedInLowerCaseWithoutSpacesSetsTheLaptopUp() {
    String typed = alice.desktop().takeNewRecoveryKey().orElseThrow().display();
    RecoveryKeyEntryViewModel entry =
        new RecoveryKeyEntryViewModel(alice.laptop()::restore, Runnable::run);
    entry.typedProperty().set("wrong");
    entry.restore().join();

    entry.typedProperty().set(typed.replace(" ", "").toLowerCase(Locale.ROOT));
    entry.restore().join();

    assertThat(entry.restoredProperty().get()).isTrue();
    assertThat(entry.errorProperty().get()).isEmpty();
    assertThat(entry.busyProperty().get()).isFalse();
    assertThat(alice.laptop().state()).isEqualTo(DeviceState.READY);
  }

  @Test
  void aWrongPasswordDoesNotStartOverAndSaysWhy() {
    StartOverViewModel startOver = new StartOverViewModel(alice.laptop()::startOver, Runnable::run);

    startOver.passwordProperty().set("not-her-password");
    startOver.startOver().join();

    assertThat(startOver.errorProperty().get()).isNotEmpty();
    assertThat(startOver.doneProperty().get()).isFalse();
    assertThat(alice.laptop().state()).isEqualTo(DeviceState.NEEDS_IDENTITY);
  }

  @Test
  void startingOverWithThePasswordSetsTheLaptopUpWithANewRecoveryKey() {
    StartOverViewModel startOver = new StartOverViewModel(alice.laptop()::startOver, Runnable::run);
    boolean offeredBlank = startOver.canStartOver().get();

    startOver.passwordProperty().set("password123");
    startOver.startOver().join();

    assertThat(offeredBlank).isFalse();
    assertThat(startOver.doneProperty().get()).isTrue();
    assertThat(startOver.passwordProperty().get()).isEmpty();
    assertThat(alice.laptop().state()).isEqualTo(DeviceState.READY);
    assertThat(alice.laptop().takeNewRecoveryKey()).isPresent();
  }
}
