package chat.client.archfixture.cycle.viewmodel;

import chat.client.archfixture.cycle.view.LoginView;

/** Breaks the rules on purpose: a view model that knows its view, closing a loop. */
public final class LoginViewModel {

  public String title() {
    return "Sign in";
  }

  public String titleOf(LoginView view) {
    return view.title();
  }
}
