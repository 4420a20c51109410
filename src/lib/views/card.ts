/** A link to another page as a card: its title, and its summary where the list has room for it. */
export interface Card {
  href: string;
  title: string;
  summary?: string;
}
