package chat.client.ui.settings;

import chat.client.net.Account;
import chat.client.net.ApiException;
import chat.client.net.Download;
import chat.client.net.Failures;
import chat.protocol.ErrorCode;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The account's own data: exporting it to a zip the user chose, with how much has come so far, and
 * deleting the account once its password is typed again. A deletion the server accepts signs this
 * app out ({@code deletedHere}); a refused one says why and changes nothing.
 */
public final class AccountDataViewModel {

  /** The name the save dialog offers for an export. */
  public static final String EXPORT_NAME = "chat-export.zip";

  private final Account account;
  private final Runnable deletedHere;
  private final StringProperty exportStatus = new SimpleStringProperty("");
  private final StringProperty exportError = new SimpleStringProperty("");
  private final BooleanProperty exporting = new SimpleBooleanProperty();
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty deleteError = new SimpleStringProperty("");
  private final BooleanProperty deleting = new SimpleBooleanProperty();
  private final AtomicBoolean progressQueued = new AtomicBoolean();
  private volatile long received;

  /**
   * @param deletedHere runs once the account is deleted and this app signed out
   */
  public AccountDataViewModel(Account account, Runnable deletedHere) {
    this.account = account;
    this.deletedHere = deletedHere;
  }

  /** Streams the export into {@code target}; the status tells how far it is, then where it went. */
  public CompletableFuture<Path> export(Path target) {
    exportError.set("");
    exportStatus.set("Exporting your data…");
    exporting.set(true);
    Download download = account.exportData(target, (bytes, total) -> progress(bytes));
    return download
        .done()
        .whenComplete(
            (path, failure) -> {
              exporting.set(false);
              if (failure == null) {
                exportStatus.set("Your data was saved to " + path);
              } else {
                exportStatus.set("");
                exportError.set("The export failed: " + Failures.describe(failure));
              }
            });
  }

  /** Told by the download's thread; the FX thread shows the latest count when it is free. */
  private void progress(long bytes) {
    received = bytes;
    if (progressQueued.compareAndSet(false, true)) {
      Platform.runLater(
          () -> {
            progressQueued.set(false);
            if (exporting.get()) {
              exportStatus.set("Exporting your data… " + kilobytes(received) + " received");
            }
          });
    }
  }

  private static String kilobytes(long bytes) {
    return (bytes + 1023) / 1024 + " KB";
  }

  public BooleanBinding canExport() {
    return exporting.not();
  }

  public BooleanBinding canDelete() {
    return password.isEmpty().or(deleting).not();
  }

  /** Deletes the account if the server takes the password; then this app is signed out. */
  public CompletableFuture<Void> delete() {
    deleteError.set("");
    deleting.set(true);
    return account
        .delete(password.get())
        .handle(
            (ok, failure) -> {
              deleting.set(false);
              password.set("");
              if (failure == null) {
                deletedHere.run();
              } else {
                deleteError.set(describe(failure));
              }
              return null;
            });
  }

  private static String describe(Throwable failure) {
    if (Failures.unwrap(failure) instanceof ApiException refused) {
      if (refused.code() == ErrorCode.INVALID_CREDENTIALS) {
        return "The password is wrong: nothing was deleted.";
      }
      if (refused.code() == ErrorCode.OWNER_CANNOT_DELETE) {
        return "You own this server, so your account cannot be deleted.";
      }
    }
    return Failures.describe(failure);
  }

  public StringProperty exportStatusProperty() {
    return exportStatus;
  }

  public StringProperty exportErrorProperty() {
    return exportError;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty deleteErrorProperty() {
    return deleteError;
  }
}
