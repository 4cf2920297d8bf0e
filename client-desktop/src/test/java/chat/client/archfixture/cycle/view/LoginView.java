package chat.client.archfixture.cycle.view;

import chat.client.archfixture.cycle.viewmodel.LoginViewModel;

/** Breaks the rules on purpose: a view bound to its view model, which knows it back. */
public final class LoginView {

  private final LoginViewModel model = new LoginViewModel();

  public String title() {
    return model.title();
  }
}
