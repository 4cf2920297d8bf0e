package chat.client.crypto;

/**
 * The 64 emoji of the short code, in the order a 6-bit group indexes them: Matrix's SAS list (its
 * order and names too), chosen there to be told apart at a glance and named aloud easily, and drawn
 * by every emoji font.
 */
public enum SasEmoji {
  DOG(0x1F436, "Dog"),
  CAT(0x1F431, "Cat"),
  LION(0x1F981, "Lion"),
  HORSE(0x1F40E, "Horse"),
  UNICORN(0x1F984, "Unicorn"),
  PIG(0x1F437, "Pig"),
  ELEPHANT(0x1F418, "Elephant"),
  RABBIT(0x1F430, "Rabbit"),
  PANDA(0x1F43C, "Panda"),
  ROOSTER(0x1F413, "Rooster"),
  PENGUIN(0x1F427, "Penguin"),
  TURTLE(0x1F422, "Turtle"),
  FISH(0x1F41F, "Fish"),
  OCTOPUS(0x1F419, "Octopus"),
  BUTTERFLY(0x1F98B, "Butterfly"),
  FLOWER(0x1F337, "Flower"),
  TREE(0x1F333, "Tree"),
  CACTUS(0x1F335, "Cactus"),
  MUSHROOM(0x1F344, "Mushroom"),
  GLOBE(0x1F30F, "Globe"),
  MOON(0x1F319, "Moon"),
  CLOUD(0x2601, 0xFE0F, "Cloud"),
  FIRE(0x1F525, "Fire"),
  BANANA(0x1F34C, "Banana"),
  APPLE(0x1F34E, "Apple"),
  STRAWBERRY(0x1F353, "Strawberry"),
  CORN(0x1F33D, "Corn"),
  PIZZA(0x1F355, "Pizza"),
  CAKE(0x1F382, "Cake"),
  HEART(0x2764, 0xFE0F, "Heart"),
  SMILEY(0x1F600, "Smiley"),
  ROBOT(0x1F916, "Robot"),
  HAT(0x1F3A9, "Hat"),
  GLASSES(0x1F453, "Glasses"),
  SPANNER(0x1F527, "Spanner"),
  SANTA(0x1F385, "Santa"),
  THUMBS_UP(0x1F44D, "Thumbs Up"),
  UMBRELLA(0x2602, 0xFE0F, "Umbrella"),
  HOURGLASS(0x231B, "Hourglass"),
  CLOCK(0x23F0, "Clock"),
  GIFT(0x1F381, "Gift"),
  LIGHT_BULB(0x1F4A1, "Light Bulb"),
  BOOK(0x1F4D5, "Book"),
  PENCIL(0x270F, 0xFE0F, "Pencil"),
  PAPERCLIP(0x1F4CE, "Paperclip"),
  SCISSORS(0x2702, 0xFE0F, "Scissors"),
  LOCK(0x1F512, "Lock"),
  KEY(0x1F511, "Key"),
  HAMMER(0x1F528, "Hammer"),
  TELEPHONE(0x260E, 0xFE0F, "Telephone"),
  FLAG(0x1F3C1, "Flag"),
  TRAIN(0x1F682, "Train"),
  BICYCLE(0x1F6B2, "Bicycle"),
  AEROPLANE(0x2708, 0xFE0F, "Aeroplane"),
  ROCKET(0x1F680, "Rocket"),
  TROPHY(0x1F3C6, "Trophy"),
  BALL(0x26BD, "Ball"),
  GUITAR(0x1F3B8, "Guitar"),
  TRUMPET(0x1F3BA, "Trumpet"),
  BELL(0x1F514, "Bell"),
  ANCHOR(0x2693, "Anchor"),
  HEADPHONES(0x1F3A7, "Headphones"),
  FOLDER(0x1F4C1, "Folder"),
  PIN(0x1F4CC, "Pin");

  private final String emoji;
  private final String name;

  SasEmoji(int codePoint, String name) {
    this.emoji = Character.toString(codePoint);
    this.name = name;
  }

  /** With a variation selector ({@code U+FE0F}: draw the character as an emoji, not as text). */
  SasEmoji(int codePoint, int selector, String name) {
    this.emoji = Character.toString(codePoint) + Character.toString(selector);
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
