package chat.client.crypto;

/**
 * The 64 emoji of the short code, in the order a 6-bit group indexes them: Matrix's SAS list (its
 * order and names too), chosen there to be distinct at a glance, easy to name aloud and drawn alike
 * by every emoji font. Emoji that need a variation selector carry it ({@code U+FE0F}).
 */
public enum SasEmoji {
  DOG("🐶", "Dog"),
  CAT("🐱", "Cat"),
  LION("🦁", "Lion"),
  HORSE("🐎", "Horse"),
  UNICORN("🦄", "Unicorn"),
  PIG("🐷", "Pig"),
  ELEPHANT("🐘", "Elephant"),
  RABBIT("🐰", "Rabbit"),
  PANDA("🐼", "Panda"),
  ROOSTER("🐓", "Rooster"),
  PENGUIN("🐧", "Penguin"),
  TURTLE("🐢", "Turtle"),
  FISH("🐟", "Fish"),
  OCTOPUS("🐙", "Octopus"),
  BUTTERFLY("🦋", "Butterfly"),
  FLOWER("🌷", "Flower"),
  TREE("🌳", "Tree"),
  CACTUS("🌵", "Cactus"),
  MUSHROOM("🍄", "Mushroom"),
  GLOBE("🌏", "Globe"),
  MOON("🌙", "Moon"),
  CLOUD("☁️", "Cloud"),
  FIRE("🔥", "Fire"),
  BANANA("🍌", "Banana"),
  APPLE("🍎", "Apple"),
  STRAWBERRY("🍓", "Strawberry"),
  CORN("🌽", "Corn"),
  PIZZA("🍕", "Pizza"),
  CAKE("🎂", "Cake"),
  HEART("❤️", "Heart"),
  SMILEY("😀", "Smiley"),
  ROBOT("🤖", "Robot"),
  HAT("🎩", "Hat"),
  GLASSES("👓", "Glasses"),
  SPANNER("🔧", "Spanner"),
  SANTA("🎅", "Santa"),
  THUMBS_UP("👍", "Thumbs Up"),
  UMBRELLA("☂️", "Umbrella"),
  HOURGLASS("⌛", "Hourglass"),
  CLOCK("⏰", "Clock"),
  GIFT("🎁", "Gift"),
  LIGHT_BULB("💡", "Light Bulb"),
  BOOK("📕", "Book"),
  PENCIL("✏️", "Pencil"),
  PAPERCLIP("📎", "Paperclip"),
  SCISSORS("✂️", "Scissors"),
  LOCK("🔒", "Lock"),
  KEY("🔑", "Key"),
  HAMMER("🔨", "Hammer"),
  TELEPHONE("☎️", "Telephone"),
  FLAG("🏁", "Flag"),
  TRAIN("🚂", "Train"),
  BICYCLE("🚲", "Bicycle"),
  AEROPLANE("✈️", "Aeroplane"),
  ROCKET("🚀", "Rocket"),
  TROPHY("🏆", "Trophy"),
  BALL("⚽", "Ball"),
  GUITAR("🎸", "Guitar"),
  TRUMPET("🎺", "Trumpet"),
  BELL("🔔", "Bell"),
  ANCHOR("⚓", "Anchor"),
  HEADPHONES("🎧", "Headphones"),
  FOLDER("📁", "Folder"),
  PIN("📌", "Pin");

  private final String emoji;
  private final String name;

  SasEmoji(String emoji, String name) {
    this.emoji = emoji;
    this.name = name;
  }

  /** The emoji itself. */
  public String emoji() {
    return emoji;
  }

  /** Its English name, shown under it so that two people can read the code to each other. */
  public String displayName() {
    return name;
  }
}
