package chat.client.e2ee;

/** A message of an encrypted room was read, or read again once its key arrived. */
public record TextDecrypted(String roomId, String messageId, DecryptedText text) {}
