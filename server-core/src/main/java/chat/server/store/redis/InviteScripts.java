package chat.server.store.redis;

import chat.server.store.InviteUse;
import java.util.List;

/**
 * {@code use-invite.lua} and {@code return-invite.lua}: take one use of an invite atomically, and
 * give it back.
 */
final class InviteScripts {

  private final LuaScript use = LuaScript.load("use-invite.lua");
  private final LuaScript giveBack = LuaScript.load("return-invite.lua");

  InviteUse use(Redis redis, String code, long now) {
    Object answer = use.run(redis, List.of(AccessKeys.invite(code)), List.of(Long.toString(now)));
    return switch (String.valueOf(answer)) {
      case "admitted" -> InviteUse.ADMITTED;
      case "unknown" -> InviteUse.UNKNOWN;
      case "expired" -> InviteUse.EXPIRED;
      case "used-up" -> InviteUse.USED_UP;
      default -> throw new IllegalStateException("use-invite.lua answered " + answer);
    };
  }

  void giveBack(Redis redis, String code) {
    giveBack.run(redis, List.of(AccessKeys.invite(code)), List.of());
  }
}
