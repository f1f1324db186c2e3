// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Highlighter } from '@/entrypoints/scan/highlight';
import { TEST_NAMES } from '@/entrypoints/scan/names';
import { installFakeHighlights } from './fake-highlights';

/** A range over "passport" in a paragraph of the page. */
function phrase(): Range {
  document.body.innerHTML = '<p>Send a photo of your passport on WhatsApp</p>';
  const text = document.querySelector('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, 21);
  range.setEnd(text, 29);
  return range;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('evidence highlighting', () => {
  it('paints each level under its own name, never touching the page’s text, and leaves no trace when cleared', () => {
    const { registry, remove } = installFakeHighlights();
    try {
      const range = phrase();
      const highlighter = new Highlighter(document, TEST_NAMES);
      highlighter.set('ad-1', 'high', [range]);
      highlighter.paintPending();
      expect([...registry.get('faro-high')!]).toEqual([range]);
      expect(registry.get('faro-medium')!.size).toBe(0);
      expect(document.body.innerHTML).toBe('<p>Send a photo of your passport on WhatsApp</p>');
      expect(document.head.querySelector('style')!.textContent).toContain('::highlight(faro-high)');

      highlighter.setEnabled(false);
      expect(registry.get('faro-high')!.size).toBe(0);
      highlighter.setEnabled(true);
      expect(registry.get('faro-high')!.size).toBe(1);

      highlighter.clear();
      expect(registry.size).toBe(0);
      expect(document.head.innerHTML).toBe('');
    } finally {
      remove();
    }
  });

  it('paints again what the page removed or changed, and says so', () => {
    const { registry, remove } = installFakeHighlights();
    try {
      const highlighter = new Highlighter(document, TEST_NAMES);
      highlighter.set('ad-1', 'medium', [phrase()]);
      highlighter.paintPending();
      expect(highlighter.repair()).toBe(false);
      registry.get('faro-medium')!.clear();
      expect(highlighter.repair()).toBe(true);
      expect(registry.get('faro-medium')!.size).toBe(1);
      registry.set('faro-medium', new Set());
      expect(highlighter.repair()).toBe(true);
      expect(registry.get('faro-medium')!.size).toBe(1);
      document.head.querySelector('style')!.setAttribute('media', 'print');
      expect(highlighter.repair()).toBe(true);
      expect(document.head.querySelectorAll('style')).toHaveLength(1);
      expect(document.head.querySelector('style')!.attributes).toHaveLength(0);
      expect(highlighter.repair()).toBe(false);
      highlighter.clear();
    } finally {
      remove();
    }
  });

  it('where the browser has no Highlight API, draws nothing and does not fail', () => {
    expect('highlights' in CSS).toBe(false);
    const highlighter = new Highlighter(document, TEST_NAMES);
    highlighter.set('ad-1', 'high', [phrase()]);
    highlighter.paintPending();
    highlighter.flash([phrase()]);
    expect(highlighter.repair()).toBe(false);
    expect(document.head.innerHTML).toBe('');
    expect(document.documentElement.querySelectorAll(':scope > :not(head, body)')).toHaveLength(0);
  });
});
