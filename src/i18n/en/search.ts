/**
 * The search page's words that its script shows: statuses, notes, safety
 * answers and result labels. The script runs in the browser, so these travel
 * as JSON in the page (searchPageView's `scriptWords`): plain strings with
 * {named} places (filled by `fill` in src/i18n/template.ts) and plural forms,
 * never functions.
 */
export const searchPage = {
  unavailable: 'Search is not available right now. Please browse the A to Z lists below.',
  tooLong: 'Your search is {length} characters long. Please shorten it to {max} characters or fewer, for example the main words of your question.',
  safetyAnswer: 'Safety answer',
  urgentSafetyAnswer: 'Urgent safety answer',
  /** Said first by a screen reader, before the count of results. */
  safetyAnswerSaid: 'Safety answer: {answer} ',
  ourPageSays: 'Our page says: “{quote}” ',
  readMore: 'Read more: {title}',
  showingFor: 'Showing results for “{query}”. ',
  searchOnlyFor: 'Search only for “{query}”',
  notMentioned: 'No page of ours mentions “{missing}”, so these results are for “{kept}”.',
  didYouMean: 'Did you mean {query}?',
  /** The guide that is always among the nearest topics, when its page's title is not in the page map. */
  therapistGuide: 'How to find a massage therapist',
  nearestTopics: 'Nearest topics we cover: {topics}.',
  results: { one: '{count} result for “{query}”.', other: '{count} results for “{query}”.' },
  noResults: 'No results for “{query}”{alsoFor}{beyond}: we have no page about that.',
  noResultsAlsoFor: ' or “{query}”',
  noResultsBeyond: ' beyond the safety answer above',
  showMore: { one: 'Show {count} more result', other: 'Show {count} more results' },
  section: 'Section: {title}',
  /** A comparison's kind on its result line and in the Kind filter: the pair pages are indexed under it. */
  comparison: 'Comparison',
  comparisonDescription: 'Side-by-side comparison: purpose, pressure, focus, evidence and who each suits.',
};
