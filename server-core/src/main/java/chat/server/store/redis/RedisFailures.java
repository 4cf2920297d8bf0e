package chat.server.store.redis;

import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/** What a Jedis failure means: a store failure to report, and whether anything of the call ran. */
final class RedisFailures {

  /** The error codes of a write refused because Redis cannot take writes now. */
  private static final Pattern WRITES_REFUSED = Pattern.compile("(MISCONF|OOM|READONLY)\\b");

  private RedisFailures() {}

  /**
   * A first contact with Redis that failed: {@code message}, and after it why, when that is
   * something an operator can put right ({@link #whyUnreachable}).
   */
  static StoreException unreachable(String message, Throwable e) {
    return new StoreException(message + whyUnreachable(e).map(why -> ": " + why).orElse(""), e);
  }

  /**
   * Why Redis could not be reached, looking through causes and suppressed exceptions (a cluster
   * client's is the first node's failure): a TLS certificate from an authority not trusted, or not
   * naming the host connected to, another failed TLS handshake, or a refused user or password.
   * Empty for anything else, such as a refused or timed-out connection, which the message already
   * says. Never the password: Redis's reply to a wrong one does not hold it.
   */
  static Optional<String> whyUnreachable(Throwable e) {
    List<Throwable> all = causesOf(e);
    if (all.stream()
        .anyMatch(
            t ->
                t instanceof CertPathBuilderException || t instanceof CertPathValidatorException)) {
      return Optional.of(
          "its TLS certificate is from no certificate authority this node trusts (REDIS_TLS_CA_FILE"
              + " names the ones to trust)");
    }
    if (all.stream().anyMatch(t -> t instanceof CertificateException)) {
      return Optional.of("its TLS certificate does not name the host this node connects to");
    }
    if (all.stream().anyMatch(t -> t instanceof SSLException)) {
      return Optional.of("the TLS handshake failed (does it listen with TLS there?)");
    }
    if (all.stream().anyMatch(t -> t instanceof JedisAccessControlException)) {
      return Optional.of("it refused the user or password");
    }
    return Optional.empty();
  }

  /** {@code e}, its causes and suppressed exceptions, and theirs. */
  private static List<Throwable> causesOf(Throwable e) {
    List<Throwable> all = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> next = new ArrayDeque<>(List.of(e));
    while (!next.isEmpty()) {
      Throwable t = next.pop();
      if (seen.add(t)) {
        all.add(t);
        if (t.getCause() != null) {
          next.push(t.getCause());
        }
        next.addAll(List.of(t.getSuppressed()));
      }
    }
    return all;
  }

  /** The failure of the operation {@code what}, as the store reports it. */
  static StoreException failure(String what, JedisException e) {
    return refusesWrites(e)
        ? new StorageUnavailableException("Redis cannot take writes: " + what, e)
        : new StoreException("Redis failed: " + what, e);
  }

  /**
   * Whether Redis refused a write because it cannot take any: {@code MISCONF} (its last append-only
   * file or snapshot write failed, as on a full disk), {@code OOM} (at {@code maxmemory}) or {@code
   * READONLY} (a replica). A script's refused write carries the same code first.
   */
  static boolean refusesWrites(JedisException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JedisDataException reply
          && reply.getMessage() != null
          && WRITES_REFUSED.matcher(reply.getMessage()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether Redis said the key's slot is served elsewhere, so that nothing of the call ran. */
  static boolean redirected(JedisException e) {
    return e instanceof JedisRedirectionException
        || (e instanceof JedisDataException
            && e.getMessage() != null
            && (e.getMessage().startsWith("EXECABORT")
                || e.getMessage().startsWith("CLUSTERDOWN")));
  }
}
