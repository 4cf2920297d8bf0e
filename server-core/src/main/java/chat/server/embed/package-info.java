/**
 * The one public API for running the server inside another program (the desktop app): start with a
 * few options, ports, LAN addresses, certificate fingerprint, readiness, stop. Programs that embed
 * the server use this package only; an architecture test holds the desktop app to it.
 */
package chat.server.embed;
