import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';

const phones = (text: string, lang?: string) => analyze(text, { lang }).contacts.filter((c) => c.type === 'phone').map((c) => c.value);

describe('digits read as a phone only when they make a line a person gives', () => {
  it('area codes written in a row are not a personal number of another country', () => {
    expect(phones('Strong demand nationwide, especially in the 703/202/301 area. After all, we are in a growth market.', 'en')).toEqual([]);
  });

  it.each([
    ['en', 'Call Sam on 07911 123456 for details.', '+447911123456'],
    ['bg', 'Обадете се на 0899 612 038.', '+359899612038'],
    ['ru', 'Горячая линия 8 800 333 00 16, бесплатно.', '+78003330016'],
  ])('%s: mobile and toll-free numbers stay phones', (lang, text, value) => {
    expect(phones(text, lang)).toContain(value);
  });
});
