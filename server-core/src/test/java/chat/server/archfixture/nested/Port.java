package chat.server.archfixture.nested;

import chat.server.archfixture.nested.adapter.Adapter;

/** Breaks the rules on purpose: a port that knows its adapter, one package below it. */
public interface Port {

  static Port open() {
    return new Adapter();
  }
}
