/**
 * Every kind of article, once, with what the site makes for its entries
 * besides their own pages. The addresses and the route table
 * (src/lib/model/urls.ts), the link check's page list, the host headers, the
 * URL contract, the sitemap, the feed, the API, the share images, the content
 * floors and the build benchmark all read this table, so a new kind is one
 * entry here plus its schema, its view and its page (docs/architecture.md;
 * tests/build/throwaway-kind.test.ts adds one and builds it).
 */
export interface KindInfo {
  /** A printable handout and its QR code per entry: clinics hand these to patients. */
  readonly handout: boolean;
  /** A card other sites may frame (/embed/) and its oEmbed file per entry. */
  readonly embed: boolean;
  /** A file of its own under /api/v1/. */
  readonly api: boolean;
  /** What an entry's page is about, in schema.org's medical vocabulary (its JSON-LD); none for a guide. */
  readonly about: 'MedicalTherapy' | 'MedicalCondition' | 'AnatomicalStructure' | null;
  /** Its index keeps the authors' order (head to foot; the guide to read first, first) instead of A to Z. */
  readonly authorsOrder: boolean;
  /** The standard every entry must meet, and how many entries the kind needs; `npm test` fails below it. */
  readonly floor: {
    /** Words in the body. */
    readonly words: number;
    /** Distinct sources cited (frontmatter plus evidence claims). */
    readonly sources: number;
    /** Entries of this kind. */
    readonly count: number;
  };
}

export const KINDS = {
  types: { handout: true, embed: true, api: true, about: 'MedicalTherapy', authorsOrder: false, floor: { words: 700, sources: 3, count: 18 } },
  techniques: { handout: false, embed: true, api: true, about: 'MedicalTherapy', authorsOrder: false, floor: { words: 350, sources: 2, count: 22 } },
  conditions: { handout: true, embed: true, api: true, about: 'MedicalCondition', authorsOrder: false, floor: { words: 600, sources: 3, count: 30 } },
  regions: { handout: false, embed: false, api: false, about: 'AnatomicalStructure', authorsOrder: true, floor: { words: 250, sources: 2, count: 10 } },
  guides: { handout: false, embed: false, api: false, about: null, authorsOrder: true, floor: { words: 400, sources: 2, count: 8 } },
} as const satisfies Record<string, KindInfo>;

type Kinds = typeof KINDS;
export type ArticleKind = keyof Kinds;
/** The kinds whose entry in KINDS says `true` for a capability, as a type. */
type KindsWith<Capability extends 'handout' | 'embed' | 'api'> = { [K in ArticleKind]: Kinds[K][Capability] extends true ? K : never }[ArticleKind];
export type HandoutKind = KindsWith<'handout'>;
export type EmbedKind = KindsWith<'embed'>;
export type ApiKind = KindsWith<'api'>;

/** Every content collection: one per kind, the hand-written comparisons, the YAML lists and the translated articles (src/schemas/collections.ts). */
export type CollectionName = ArticleKind | 'comparisons' | 'sources' | 'glossary' | 'findings' | 'statements' | 'gradeHistory' | 'translations';

/** In the table's order, which is the order of every list of kinds on the site. */
// Marked pure so the browser's search bundle, which builds addresses, leaves out the lists it does not use.
export const ARTICLE_KINDS = /* @__PURE__ */ Object.keys(KINDS) as readonly ArticleKind[];

const having = <K extends ArticleKind>(capability: 'handout' | 'embed' | 'api') =>
  ARTICLE_KINDS.filter((kind): kind is K => KINDS[kind][capability]);

/** The kinds clinics hand to patients on paper: a handout and its QR code each. */
export const HANDOUT_KINDS: readonly HandoutKind[] = /* @__PURE__ */ having<HandoutKind>('handout');
/** The kinds other sites may show as a card (/embed/), with an oEmbed file for each. */
export const EMBED_KINDS: readonly EmbedKind[] = /* @__PURE__ */ having<EmbedKind>('embed');
/** The kinds with a file of their own under /api/v1/. */
export const API_KINDS: readonly ApiKind[] = /* @__PURE__ */ having<ApiKind>('api');

export function isArticleKind(value: string): value is ArticleKind {
  return Object.hasOwn(KINDS, value);
}

export function isHandoutKind(kind: string): kind is HandoutKind {
  return isArticleKind(kind) && KINDS[kind].handout;
}

export function isEmbedKind(kind: string): kind is EmbedKind {
  return isArticleKind(kind) && KINDS[kind].embed;
}
