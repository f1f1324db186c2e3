// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '@/entrypoints/scan/highlight';
import { TEST_NAMES } from '@/entrypoints/scan/names';

/** The overlay's closed shadow root, caught as it is attached (the page's scripts cannot reach it; the test must). */
function catchShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('highlighting where the CSS Custom Highlight API is missing (overlay fallback)', () => {
  it('draws a box over each phrase, hides them when highlighting is off, and leaves no trace when cleared', async () => {
    expect('highlights' in CSS).toBe(false);
    document.body.innerHTML = '<p>Send a photo of your passport on WhatsApp</p>';
    const text = document.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 16);
    range.setEnd(text, 29);
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 10, top: 20, width: 30, height: 12, right: 40, bottom: 32 }] as unknown as DOMRectList);
    const roots = catchShadowRoots();

    const highlighter = new Highlighter(document, TEST_NAMES);
    highlighter.set('ad-1', 'high', [range]);
    highlighter.paintPending();
    await nextFrame();
    const boxes = () => [...(roots[0]?.children ?? [])] as HTMLElement[];
    expect(boxes()).toHaveLength(1);
    expect(boxes()[0]!.style.left).toBe('10px');
    expect(boxes()[0]!.style.width).toBe('30px');
    // The page's own text is untouched: the boxes live in an overlay outside the body.
    expect(document.body.innerHTML).toBe('<p>Send a photo of your passport on WhatsApp</p>');
    expect(document.documentElement.lastElementChild?.tagName).toBe('FARO-OVERLAY');

    highlighter.setEnabled(false);
    await nextFrame();
    expect(boxes()).toHaveLength(0);

    highlighter.clear();
    expect(document.querySelector('faro-overlay')).toBeNull();
  });
});
