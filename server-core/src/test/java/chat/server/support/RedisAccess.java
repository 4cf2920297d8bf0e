package chat.server.support;

import chat.server.store.RedisTopology;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLParameters;
import redis.clients.jedis.DefaultJedisClientConfig;

/**
 * How the test's Redis processes let clients in, told to {@link RedisServer}, {@link SentinelGroup}
 * and {@link RedisClusterNodes} alike: open to all ({@link #NONE}), the default user with a
 * password ({@link #password}), or an ACL user with the default user switched off, over TLS only
 * ({@link #aclUserOverTls}). It gives the processes their settings, and the test's own connections,
 * {@code redis-cli} and the stores under test what they sign in with.
 *
 * @param user an ACL user, the only one that may sign in; empty for the default user
 * @param password that user's password (or the default user's {@code requirepass})
 * @param tls the certificates of a TLS-only process; empty for plain TCP only
 */
public record RedisAccess(
    Optional<String> user, Optional<String> password, Optional<TestCertificates> tls) {

  /** Plain TCP, no password. */
  public static final RedisAccess NONE =
      new RedisAccess(Optional.empty(), Optional.empty(), Optional.empty());

  /** Plain TCP, the default user with {@code password} ({@code requirepass}). */
  public static RedisAccess password(String password) {
    return new RedisAccess(Optional.empty(), Optional.of(password), Optional.empty());
  }

  /** TLS only with {@code certificates}; only {@code user} with {@code password} may sign in. */
  public static RedisAccess aclUserOverTls(
      String user, String password, TestCertificates certificates) {
    return new RedisAccess(Optional.of(user), Optional.of(password), Optional.of(certificates));
  }

  /**
   * The settings, one a line, that make a data node listen on {@code port} (with TLS only, when
   * there are certificates) and let in only whom this access names, and that a replica signs in to
   * its primary with ({@code masteruser}, {@code masterauth}).
   */
  List<String> dataNodeSettings(int port) {
    List<String> settings = new ArrayList<>(listening(port));
    settings.addAll(whoMaySignIn());
    user.ifPresent(u -> settings.add("masteruser " + u));
    password.ifPresent(p -> settings.add("masterauth " + p));
    return settings;
  }

  /**
   * The settings of a sentinel of this access: who may sign in to it, and how it signs in to the
   * other sentinels ({@code sentinel sentinel-user}, {@code sentinel sentinel-pass}) when only an
   * ACL user may.
   */
  List<String> sentinelSettings(int port) {
    List<String> settings = new ArrayList<>(listening(port));
    settings.addAll(whoMaySignIn());
    user.ifPresent(u -> settings.add("sentinel sentinel-user " + u));
    user.ifPresent(u -> settings.add("sentinel sentinel-pass " + password.orElseThrow()));
    return settings;
  }

  /** Only the ACL user, the default user off; or the default user, with its password if any. */
  private List<String> whoMaySignIn() {
    if (user.isPresent()) {
      return List.of(
          "user default off",
          "user " + user.get() + " on >" + password.orElseThrow() + " ~* &* +@all");
    }
    return password.map(p -> List.of("requirepass " + p)).orElse(List.of());
  }

  /** The port settings alone: {@code port}, or TLS only on it. */
  List<String> listening(int port) {
    return tls.map(certificates -> certificates.tlsOnly(port)).orElse(List.of("port " + port));
  }

  /** How sentinels sign in to data nodes of this access that they monitor as {@code master}. */
  List<String> sentinelSignIn(String master) {
    List<String> settings = new ArrayList<>();
    user.ifPresent(u -> settings.add("sentinel auth-user " + master + " " + u));
    password.ifPresent(p -> settings.add("sentinel auth-pass " + master + " " + p));
    return settings;
  }

  /** {@code redis-cli}'s options to reach a process of this access. */
  List<String> cliOptions() {
    List<String> options = new ArrayList<>();
    tls.ifPresent(c -> options.addAll(List.of("--tls", "--cacert", c.caFile().toString())));
    user.ifPresent(u -> options.addAll(List.of("--user", u)));
    password.ifPresent(p -> options.addAll(List.of("--pass", p)));
    return options;
  }

  /**
   * The test's own connections: generous timeouts, signed in as this access says. With TLS they
   * trust the test's authority but do not check the host name, so that a test can give Redis a
   * certificate that does not name the address it is reached by.
   */
  DefaultJedisClientConfig clientConfig(int socketTimeoutMillis) {
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .resp2()
            .user(user.orElse(null))
            .password(password.orElse(null))
            .ssl(tls.isPresent())
            .connectionTimeoutMillis(1_000)
            .socketTimeoutMillis(socketTimeoutMillis);
    tls.ifPresent(
        c -> config.sslSocketFactory(c.trust().socketFactory()).sslParameters(new SSLParameters()));
    return config.build();
  }

  /** What the stores under test sign in with: this user and password, trusting the test's CA. */
  public RedisTopology.Credentials credentials() {
    return new RedisTopology.Credentials(
        user, password, tls.isPresent(), tls.map(TestCertificates::trust));
  }

  /**
   * {@code redis://} or {@code rediss://}, with this user and password, of a node on {@code port}.
   */
  URI url(int port) {
    String userInfo = password.map(p -> user.orElse("") + ":" + p + "@").orElse("");
    return URI.create(
        (tls.isPresent() ? "rediss" : "redis") + "://" + userInfo + "127.0.0.1:" + port);
  }

  /**
   * {@code settings} as {@code redis-server}'s arguments: each line's first word prefixed with
   * {@code --}, the rest its values.
   */
  static List<String> asArguments(List<String> settings) {
    List<String> arguments = new ArrayList<>();
    for (String line : settings) {
      String[] words = line.split(" ");
      arguments.add("--" + words[0]);
      arguments.addAll(List.of(words).subList(1, words.length));
    }
    return arguments;
  }
}
