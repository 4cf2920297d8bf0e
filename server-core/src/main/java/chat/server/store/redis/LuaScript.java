package chat.server.store.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BinaryOperator;
import redis.clients.jedis.commands.ScriptingKeyCommands;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * One Lua script, read from a resource beside this class. It runs by its SHA1 digest (EVALSHA), so
 * only the digest crosses the network; when Redis does not know the digest yet (first use, a
 * restart, a failover, SCRIPT FLUSH) the NOSCRIPT reply makes us send the source once with EVAL,
 * which also caches it on that server: the same effect as SCRIPT LOAD and a retry, in one round
 * trip. Each script touches only the keys passed to it, all of one hash tag, as Cluster requires.
 */
final class LuaScript {

  private final String name;
  private final String source;
  private final String sha1;

  private LuaScript(String name, String source) {
    this.name = name;
    this.source = source;
    this.sha1 = sha1(source);
  }

  /** The script in the resource {@code name} beside this class. */
  static LuaScript load(String name) {
    try (InputStream in = LuaScript.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing script resource " + name);
      }
      return new LuaScript(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the script " + name, e);
    }
  }

  /**
   * The script in the resource {@code name}, after {@code record-change.lua}: a script that changes
   * a stored message records the change with that file's {@code record_change}, the one way a
   * room's change log moves.
   */
  static LuaScript recordingChanges(String name) {
    return new LuaScript(name, load("record-change.lua").source + load(name).source);
  }

  /** Runs the script; its reply as Jedis decodes it (String, Long, List, or null). */
  Object run(Redis redis, List<String> keys, List<String> args) {
    return redis.call(name, jedis -> runOn(jedis, keys, args));
  }

  /**
   * Runs a script whose write a client is told is durable: it waits for replicas as {@link
   * Redis#acknowledged} says.
   */
  Object runAcknowledged(Redis redis, List<String> keys, List<String> args) {
    return redis.acknowledged(name, keys.getFirst(), jedis -> runOn(jedis, keys, args));
  }

  /**
   * Runs a script whose write a client is told is durable and that running twice leaves as running
   * once: sent again when a failover cuts it off ({@link ResentWrites}), {@code merge} making one
   * reply of an earlier run's and a later one's.
   */
  Object runAcknowledgedResending(
      Redis redis, List<String> keys, List<String> args, BinaryOperator<Object> merge) {
    return ResentWrites.acknowledged(
        redis, name, keys.getFirst(), jedis -> runOn(jedis, keys, args), merge);
  }

  private Object runOn(ScriptingKeyCommands jedis, List<String> keys, List<String> args) {
    try {
      return jedis.evalsha(sha1, keys, args);
    } catch (JedisNoScriptException e) {
      return jedis.eval(source, keys, args);
    }
  }

  /** Runs a script that answers 1 for yes and 0 for no. */
  boolean runForYes(Redis redis, List<String> keys, List<String> args) {
    return Long.valueOf(1).equals(run(redis, keys, args));
  }

  private static String sha1(String source) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(digest.digest(source.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }
}
