import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedItems, feedTitle } from '../../../src/lib/clinics/feed.ts';

test('the feed lists the most recently reviewed articles first', () => {
  const at = (d: string) => ({ title: d, summary: 's', lastReviewed: new Date(d) });
  const items = feedItems({ types: [{ id: 'old', data: at('2025-01-01') }], techniques: [], conditions: [{ id: 'new', data: at('2026-11-01') }], regions: [], guides: [] });
  assert.deepEqual(items.map((i) => i.link), ['/conditions/new/', '/types/old/']);
  assert.deepEqual(items[0]!.categories, ['Condition']);
});

test('the feed is titled in the language table\'s words, after the site', () => {
  assert.equal(feedTitle(), 'Massage Therapy Guide: new and updated articles');
});
