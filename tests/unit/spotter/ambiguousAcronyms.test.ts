// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { realFactBaseLinks } from './realFactBase';

/** Acronyms two real entities share, against the real fact base: which one a page of blocks links. */
const links = realFactBaseLinks();

const bisLinks = (...blocks: string[]) => links(...blocks).filter((l) => l.startsWith('BIS='));

describe('"BIS": the Commerce bureau or the central banks\' bank', () => {
  it('marks the Commerce bureau in an export-control article', () => {
    expect(bisLinks(
      'The US Commerce Department added 140 Chinese entities to its Entity List on Monday.',
      'BIS said the rules target advanced chips and the tools used to make them.',
    )).toEqual(['BIS=bureau-of-industry-and-security']);
  });

  it('marks the Commerce bureau once its full name has been given', () => {
    expect(bisLinks('The Bureau of Industry and Security (BIS) tightened the rules.')).toEqual([
      'BIS=bureau-of-industry-and-security',
    ]);
  });

  it('marks the Bank for International Settlements in a central-banking article', () => {
    expect(bisLinks(
      'The Federal Reserve and the Bank of Japan sent governors to Basel.',
      'The BIS warned that inflation could prove sticky.',
    )).toEqual(['BIS=bis']);
    expect(bisLinks('The Bank for International Settlements (BIS) published its annual report.')).toEqual(['BIS=bis']);
  });

  it('marks nothing when the page gives no context for either', () => {
    expect(bisLinks('BIS said on Tuesday that it would respond.')).toEqual([]);
  });

  it('prefers the one named in full when the page mentions both contexts', () => {
    expect(bisLinks(
      'The Federal Reserve held rates; the US Commerce Department issued new chip rules.',
      'The Bureau of Industry and Security said BIS licences would be denied.',
    )).toEqual(['BIS=bureau-of-industry-and-security']);
  });

  it('marks nothing when both contexts are present and neither is named in full', () => {
    expect(bisLinks(
      'The Federal Reserve held rates; the US Commerce Department issued new chip rules.',
      'BIS officials declined to comment.',
    )).toEqual([]);
  });
});

describe('acronyms added for cabinet-level bodies', () => {
  it('links "FSA" to Japan\'s regulator only in a Japanese context', () => {
    expect(links('The FSA fined the broker.').filter((l) => l.startsWith('FSA='))).toEqual([]);
    expect(links('Japan\'s Financial Services Agency said the FSA would inspect the bank.').filter((l) => l.startsWith('FSA='))).toEqual([
      'FSA=financial-services-agency-japan',
    ]);
  });

  it('links "EEAS" and "KFTC" as written, never in lower case', () => {
    expect(links('The EEAS and the KFTC issued statements.').filter((l) => /^(EEAS|KFTC)=/.test(l))).toEqual([
      'EEAS=eeas', 'KFTC=korea-fair-trade-commission',
    ]);
    expect(links('eeas and kftc').filter((l) => /^(eeas|kftc)=/.test(l))).toEqual([]);
  });
});
