/**
 * Each data section's line in an article's "On this page" list, by kind and
 * section id (the ids are src/lib/model/sections.ts's, and never change). The
 * safety box is named for what a reader of that kind asks.
 */
const faq = 'Questions people ask';
const sources = 'Sources';
const evidence = 'What the research says';

export const sections = {
  types: {
    'at-a-glance': 'At a glance',
    evidence,
    'techniques-used': 'Techniques used',
    choose: 'Is it right for me?',
    safety: 'Is it safe for me?',
    cost: 'Session length and cost',
    faq,
    sources,
  },
  conditions: { evidence, safety: 'Is massage safe for me?', faq, sources },
  techniques: { 'used-in': 'Massage types that use it', safety: 'Safety', faq, sources },
  regions: {
    'common-problems': 'Common problems and warning signs',
    conditions: 'Conditions',
    evidence,
    types: 'Massage types',
    faq,
    sources,
  },
  guides: { faq, sources },
};
