package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.server.store.RedisTopology.Address;
import chat.server.store.RedisTopology.Credentials;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedisTopologyTest {

  @Test
  void aListOfAddressesIsReadWithSpacesAroundEntriesIgnored() {
    assertThat(Address.parseList("10.0.0.1:26379, sentinel-b.internal:26380 ,[::1]:7000"))
        .containsExactly(
            new Address("10.0.0.1", 26379),
            new Address("sentinel-b.internal", 26380),
            new Address("[::1]", 7000));
  }

  @Test
  void anEntryWithoutAValidPortIsNamedInTheRefusal() {
    assertThatThrownBy(() -> Address.parseList("a:1,b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'b'");
    assertThatThrownBy(() -> Address.parseList("a:70000")).hasMessageContaining("'a:70000'");
    assertThatThrownBy(() -> Address.parseList(":6379")).hasMessageContaining("':6379'");
    assertThatThrownBy(() -> Address.parseList("")).hasMessageContaining("''");
  }

  @Test
  void neitherADescriptionNorCredentialsShowThePassword() {
    assertThat(
            new RedisTopology.Standalone(URI.create("rediss://ops:hunter2@cache:6380/2"))
                .describe())
        .isEqualTo("rediss://cache:6380");
    assertThat(new Credentials(Optional.of("chat"), Optional.of("hunter2"), true).toString())
        .doesNotContain("hunter2")
        .contains("chat");
  }

  @Test
  void aStandaloneRedisPrintedShowsNeitherUserNorPassword() {
    assertThat(new RedisTopology.Standalone(URI.create("rediss://ops:hunter2@cache:6380/2")))
        .hasToString("Standalone[rediss://cache:6380]");
  }
}
