package chat.server.store.redis;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code save-pending-two-factor.lua}, {@code enable-two-factor.lua} and {@code use-totp-step.lua}:
 * the changes of a user's two-factor hash that depend on what it holds.
 */
final class TwoFactorScripts {

  private final LuaScript savePending = LuaScript.load("save-pending-two-factor.lua");
  private final LuaScript enable = LuaScript.load("enable-two-factor.lua");
  private final LuaScript useStep = LuaScript.load("use-totp-step.lua");

  boolean savePending(Redis redis, String userId, String secret) {
    return savePending.runForYes(redis, List.of(AccessKeys.twoFactor(userId)), List.of(secret));
  }

  boolean enable(Redis redis, String userId, String secret, long step, List<String> hashes) {
    List<String> args = new ArrayList<>(List.of(secret, Long.toString(step)));
    args.addAll(hashes);
    return enable.runForYes(
        redis, List.of(AccessKeys.twoFactor(userId), AccessKeys.recoveryCodes(userId)), args);
  }

  boolean useStep(Redis redis, String userId, long step) {
    return useStep.runForYes(
        redis, List.of(AccessKeys.twoFactor(userId)), List.of(Long.toString(step)));
  }
}
