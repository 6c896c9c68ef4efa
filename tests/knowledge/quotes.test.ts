import { describe, expect, it } from 'vitest';
import { knowledgeOf, seedKnowledge } from '../helpers.ts';

describe('quotes in the seeds', () => {
  const k = seedKnowledge();
  const quotesOf = (name: string) => k.quotesBySpeaker.get(k.peopleByKey.get(name)!) ?? [];

  it('attributes direct quotes to the named speaker and "she added" to the last speaker', () => {
    const direct = quotesOf('london breed')
      .filter((q) => q.kind === 'direct')
      .map((q) => q.text);
    expect(direct.some((t) => t.includes('fruitful place for investment'))).toBe(true);
    expect(direct.some((t) => t.startsWith('By working together'))).toBe(true);
    expect(direct.some((t) => t.startsWith('I am honored to be invited'))).toBe(true);
  });

  it('resolves "he said" to the person introduced just before, not to a person named inside the clause', () => {
    const gong = quotesOf('gong zheng').filter((q) => q.kind === 'direct');
    expect(gong.map((q) => q.text)).toEqual([expect.stringMatching(/^San Francisco is home to well-known universities/)]);
    expect(quotesOf('xu yuanyuan').find((q) => q.kind === 'direct')!.text).toMatch(/energy storage/);
  });

  it('reads a quotation whose opening mark was pasted as a closing one', () => {
    const grubb = quotesOf('john grubb').find((q) => q.kind === 'direct')!;
    expect(grubb.text).toMatch(/^Today, we see such similarities in Shanghai/);
    expect(grubb.paragraph.text).toContain(grubb.excerpt);
  });

  it('keeps a quotation of several sentences whole', () => {
    const zou = quotesOf('zou qingling').find((q) => q.kind === 'direct')!;
    expect(zou.text).toMatch(/^Tourists from Shanghai to San Francisco are getting younger\. Also, .* innovation$/);
  });

  it('labels reported speech as paraphrase', () => {
    const han = quotesOf('han zheng');
    expect(han.every((q) => q.kind === 'paraphrase')).toBe(true);
    expect(han.some((q) => q.text.startsWith('Han said he hoped'))).toBe(true);
    expect(quotesOf('gong zheng').some((q) => q.kind === 'paraphrase' && q.text.endsWith('Gong added.'))).toBe(true);
  });

  it('cites every excerpt exactly as it stands in the article', () => {
    for (const q of k.quotes) expect(q.paragraph.text).toContain(q.excerpt);
  });
});

describe('quotes in small articles written here', () => {
  it('handles "said Name", straight quotes and a quote that continues the speaker', () => {
    const k = knowledgeOf([
      'Trade Commissioner Peter Olsen visited the port.',
      '"Ferries are the missing link between our bay areas," said Olsen. "Our first route could open soon."',
      'Rosa Lind, a harbour pilot, said the water was calm. "We were ready for anything," she said.',
    ]);
    const olsen = k.quotesBySpeaker.get(k.peopleByKey.get('peter olsen')!)!;
    expect(olsen.map((q) => q.text)).toEqual(['Ferries are the missing link between our bay areas', 'Our first route could open soon.']);
    const lind = k.quotesBySpeaker.get(k.peopleByKey.get('rosa lind')!)!;
    expect(lind.map((q) => q.kind)).toEqual(['paraphrase', 'direct']);
  });

  it('does not take scare quotes for speech', () => {
    const k = knowledgeOf(['Anna Berg, a trade expert, criticised the "double-faced" policy.']);
    expect(k.quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('attributes a quote to someone another article introduced, by the alias used there', () => {
    const k = knowledgeOf(
      ['Harbour chief Nora Vance, head of the Port Authority, opened the pier. Vance said the pier was ready.'],
      ['"We are open for business," Vance said on Monday.'],
    );
    const vance = k.quotesBySpeaker.get(k.peopleByKey.get('nora vance')!)!;
    expect(vance.map((q) => q.text)).toContain('We are open for business');
  });

  it('does not guess between two people who go by the same alias', () => {
    const k = knowledgeOf(
      ['Li Ming, an economist at Fudan University, spoke first. Li said trade was growing.'],
      ['Li Hua, a historian at Peking University, spoke next. Li said ties were old.'],
      ['"Growth will continue," Li said.'],
    );
    const texts = k.quotes.map((q) => q.text);
    expect(texts).not.toContain('Growth will continue');
  });
});
