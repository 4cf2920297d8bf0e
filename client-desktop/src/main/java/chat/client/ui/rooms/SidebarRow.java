package chat.client.ui.rooms;

/** A row of the rooms sidebar: a section title or a room. */
public sealed interface SidebarRow {

  /** "Public rooms", "Private rooms" or "Direct messages". */
  record Section(String title) implements SidebarRow {}

  /** A room to open. */
  record Entry(RoomItem room) implements SidebarRow {}
}
