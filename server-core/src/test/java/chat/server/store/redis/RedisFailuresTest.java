package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Why a first contact failed, read from the failures Jedis and the JDK raise; the untrusted
 * authority and the refused password are met for real in {@code RedisTlsAclTest}.
 */
class RedisFailuresTest {

  @Test
  void aCertificateNotNamingTheHostIsSaidSoEvenWhenSuppressedByTheClusterClient() {
    SSLHandshakeException handshake = new SSLHandshakeException("handshake failed");
    handshake.initCause(
        new CertificateException("No subject alternative names matching IP address 10.0.0.9"));
    JedisClusterOperationException cluster =
        new JedisClusterOperationException("Could not initialize cluster slots cache.");
    cluster.addSuppressed(new JedisConnectionException("Failed to create socket.", handshake));

    assertThat(RedisFailures.unreachable("No node of the cluster answers", cluster))
        .hasMessage(
            "No node of the cluster answers: its TLS certificate does not name the host this node"
                + " connects to");
  }

  @Test
  void aPlainRedisMetWithTlsIsAFailedHandshake() {
    JedisConnectionException plain =
        new JedisConnectionException(new SSLException("Unsupported or unrecognized SSL message"));

    assertThat(RedisFailures.whyUnreachable(plain))
        .contains("the TLS handshake failed (does it listen with TLS there?)");
  }

  @Test
  void aRefusedConnectionNeedsNoExplanationBeyondTheMessage() {
    JedisConnectionException refused =
        new JedisConnectionException(new ConnectException("Connection refused"));

    assertThat(RedisFailures.unreachable("Redis does not answer at redis://h:1", refused))
        .hasMessage("Redis does not answer at redis://h:1");
  }
}
