package chat.protocol.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceRecordTest {

  private static final String FINGERPRINT = "0123456789abcdef".repeat(4);

  private static final ServiceRecord PLAIN =
      new ServiceRecord("Office chat", "1.2.0", 1, 5000, 5001, Optional.empty());

  @Test
  void theTxtRecordHasTheDocumentedKeys() {
    assertThat(PLAIN.toTxt())
        .containsExactly(
            Map.entry("txtvers", "1"),
            Map.entry("name", "Office chat"),
            Map.entry("version", "1.2.0"),
            Map.entry("protocol", "1"),
            Map.entry("http", "5000"),
            Map.entry("ws", "5001"));
  }

  @Test
  void aRecordWithTlsCarriesItsFingerprint() {
    ServiceRecord tls = new ServiceRecord("Chat", "1", 1, 443, 8443, Optional.of(FINGERPRINT));

    assertThat(tls.toTxt()).containsEntry("tls", FINGERPRINT);
    assertThat(ServiceRecord.fromTxt(tls.toTxt())).isEqualTo(tls);
  }

  @Test
  void aRecordReadsBackAsItWasWritten() {
    assertThat(ServiceRecord.fromTxt(PLAIN.toTxt())).isEqualTo(PLAIN);
  }

  @Test
  void keysItDoesNotKnowAreIgnored() {
    Map<String, String> txt = new HashMap<>(PLAIN.toTxt());
    txt.put("future", "something");

    assertThat(ServiceRecord.fromTxt(txt)).isEqualTo(PLAIN);
  }

  @Test
  void aFingerprintAsToolsPrintItIsStoredInItsCanonicalForm() {
    String colons = FINGERPRINT.toUpperCase().replaceAll("(..)(?!$)", "$1:");

    ServiceRecord record = new ServiceRecord("Chat", "1", 1, 1, 2, Optional.of(colons));

    assertThat(record.tlsFingerprint()).contains(FINGERPRINT);
  }

  @Test
  void eachMissingKeyIsNamed() {
    for (String key : PLAIN.toTxt().keySet()) {
      Map<String, String> txt = new HashMap<>(PLAIN.toTxt());
      txt.remove(key);

      assertThatThrownBy(() -> ServiceRecord.fromTxt(txt))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(key + " is missing");
    }
  }

  @Test
  void anEmptyValueCountsAsMissing() {
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("name", ""))).hasMessage("name is missing");
  }

  @Test
  void anotherTxtVersionIsRefused() {
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("txtvers", "2")))
        .hasMessageContaining("txtvers 2 is not supported");
  }

  @Test
  void badPortsAreRefused() {
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("http", "0")))
        .hasMessageContaining("http must be a port from 1 to 65535");
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("ws", "65536")))
        .hasMessageContaining("ws must be a port from 1 to 65535");
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("http", "-1")))
        .hasMessageContaining("http must be a number");
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("ws", "99999999999")))
        .hasMessageContaining("ws must be a number");
  }

  @Test
  void aBadProtocolIsRefused() {
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("protocol", "0")))
        .hasMessageContaining("protocol must be 1 or more");
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("protocol", "one")))
        .hasMessageContaining("protocol must be a number");
  }

  @Test
  void aMalformedFingerprintIsRefused() {
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("tls", "abc")))
        .hasMessageContaining("tls must be a SHA-256 fingerprint");
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("tls", "g".repeat(64))))
        .hasMessageContaining("tls must be a SHA-256 fingerprint");
  }

  @Test
  void aBlankNameOrVersionIsRefused() {
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("name", "  ")))
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("version", " ")))
        .hasMessageContaining("version must be 1 to 64 characters");
  }

  @Test
  void aNameLongerThanOneDnsLabelIsRefused() {
    assertThatThrownBy(() -> ServiceRecord.fromTxt(with("name", "x".repeat(64))))
        .hasMessageContaining("name must be at most 63 UTF-8 bytes");
  }

  @Test
  void clippingKeepsWholeCharactersWithinOneLabel() {
    String accented = "é".repeat(40); // two bytes each

    String clipped = ServiceRecord.clipName(accented);

    assertThat(clipped).isEqualTo("é".repeat(31));
    assertThat(ServiceRecord.clipName("  Short  ")).isEqualTo("Short");
    assertThat(new ServiceRecord(clipped, "1", 1, 1, 2, Optional.empty()).name())
        .isEqualTo(clipped);
  }

  private static Map<String, String> with(String key, String value) {
    Map<String, String> txt = new HashMap<>(PLAIN.toTxt());
    txt.put(key, value);
    return txt;
  }
}
