package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Base64Url;
import chat.protocol.http.DeviceKeys;
import chat.protocol.model.DeviceEnvelope;
import chat.protocol.model.DeviceMessage;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DeviceInboxStore} must do with device messages. */
public abstract class DeviceInboxContract extends StorageContract {

  private static final String LAPTOP = "laptop-device-0001";
  private static final String PHONE = "phone-device-00001";

  private DeviceInboxStore inboxes() {
    return storage.ports().inboxes();
  }

  @BeforeEach
  void twoDevices() {
    for (String[] device : List.of(new String[] {"s1", LAPTOP}, new String[] {"s2", PHONE})) {
      String key = Base64Url.encode(new byte[32]);
      storage
          .ports()
          .keys()
          .putDevice(
              new StoredDevice(
                  "u1",
                  device[0],
                  new DeviceKeys(device[1], key, key, Base64Url.encode(new byte[64]))));
    }
  }

  private static InboxEntry to(String deviceId, String text) {
    return new InboxEntry(
        deviceId,
        "u2",
        "sender-device-0001",
        new DeviceEnvelope(1, Base64Url.encode(new byte[32]), Base64Url.encode(text.getBytes())));
  }

  private List<Long> ids(String deviceId) {
    return inboxes().after(deviceId, 0, 100).stream().map(DeviceMessage::id).toList();
  }

  @Test
  void messagesAreNumberedPerInboxAndReadOldestFirst() {
    List<DeviceMessage> stored =
        inboxes()
            .append(List.of(to(LAPTOP, "one"), to(PHONE, "one"), to(LAPTOP, "two")), 10)
            .orElseThrow();

    assertThat(stored).extracting(DeviceMessage::id).containsExactly(1L, 1L, 2L);
    assertThat(inboxes().after(LAPTOP, 0, 100)).containsExactly(stored.get(0), stored.get(2));
    assertThat(inboxes().after(LAPTOP, 1, 100)).containsExactly(stored.get(2));
    assertThat(inboxes().after(LAPTOP, 0, 1)).containsExactly(stored.get(0));
    assertThat(stored.get(2).fromUserId()).isEqualTo("u2");
    assertThat(stored.get(2).fromDeviceId()).isEqualTo("sender-device-0001");
  }

  @Test
  void twoEqualMessagesAreTwoMessages() {
    List<DeviceMessage> stored =
        inboxes().append(List.of(to(LAPTOP, "same"), to(LAPTOP, "same")), 10).orElseThrow();

    assertThat(stored).extracting(DeviceMessage::id).containsExactly(1L, 2L);
  }

  @Test
  void anAcknowledgementRemovesUpToItsIdAndIdsKeepGrowing() {
    inboxes().append(List.of(to(LAPTOP, "a"), to(LAPTOP, "b"), to(LAPTOP, "c")), 10);

    inboxes().acknowledge(LAPTOP, 2);
    inboxes().append(List.of(to(LAPTOP, "d")), 10);

    assertThat(ids(LAPTOP)).containsExactly(3L, 4L);
    inboxes().acknowledge(LAPTOP, 4);
    assertThat(ids(LAPTOP)).isEmpty();
    assertThat(inboxes().append(List.of(to(LAPTOP, "e")), 10).orElseThrow().getFirst().id())
        .isEqualTo(5);
  }

  @Test
  void aSendThatWouldOverflowAnyInboxStoresNothing() {
    inboxes().append(Collections.nCopies(3, to(PHONE, "x")), 4);

    assertThat(inboxes().append(List.of(to(LAPTOP, "a"), to(PHONE, "y"), to(PHONE, "z")), 4))
        .isEmpty();
    assertThat(ids(LAPTOP)).isEmpty();
    assertThat(ids(PHONE)).containsExactly(1L, 2L, 3L);
    assertThat(inboxes().append(List.of(to(PHONE, "w")), 4)).isPresent();
  }

  @Test
  void aRemovedDevicesInboxGoesWithIt() {
    inboxes().append(List.of(to(LAPTOP, "a"), to(PHONE, "b")), 10);

    storage.ports().keys().removeDeviceOfSession("s1");

    assertThat(ids(LAPTOP)).isEmpty();
    assertThat(ids(PHONE)).containsExactly(1L);
  }
}
