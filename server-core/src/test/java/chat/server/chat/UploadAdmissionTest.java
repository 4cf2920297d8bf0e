package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.ErrorCode;
import chat.server.error.ChatException;
import chat.server.store.StorageUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * The spool's budget of bytes in flight and the per-user count of uploads at once: a refusal
 * reserves nothing, and a finished upload gives its reservation back, once.
 */
class UploadAdmissionTest {

  private final UploadAdmission admission = new UploadAdmission(100, 2);

  @Test
  void anUploadPastTheSpoolBudgetIsRefusedAndReservesNothing() {
    UploadAdmission.Ticket first = admission.admit("alice", 60);

    assertThatThrownBy(() -> admission.admit("bob", 41))
        .isInstanceOf(StorageUnavailableException.class);
    assertThatCode(() -> admission.admit("bob", 40).close()).doesNotThrowAnyException();

    first.close();
    first.close();
    assertThatCode(() -> admission.admit("bob", 100).close()).doesNotThrowAnyException();
    assertThatThrownBy(() -> admission.admit("bob", 101))
        .isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void aUserWithTheirLimitOfUploadsInFlightIsRateLimitedAndOthersAreNot() {
    UploadAdmission.Ticket one = admission.admit("alice", 1);
    admission.admit("alice", 1);

    assertThatThrownBy(() -> admission.admit("alice", 1))
        .isInstanceOfSatisfying(
            ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED));
    assertThatCode(() -> admission.admit("bob", 1).close()).doesNotThrowAnyException();

    one.close();
    assertThatCode(() -> admission.admit("alice", 1)).doesNotThrowAnyException();
  }
}
