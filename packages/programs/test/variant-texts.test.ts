import { describe, expect, it } from 'vitest';
import { findProgram } from '../src/index.ts';

const said = (id: string) => findProgram(id)?.metadata.whatYouGet;

describe('each 행복주택 card speaks of its own people', () => {
  it('the 고령자 and 신혼부부 cards do not give young people’s terms', () => {
    for (const id of ['public-rental.happy-elderly', 'public-rental.happy-newlywed']) {
      expect(said(id)?.ko, id).not.toContain('청년은');
      expect(said(id)?.en, id).not.toMatch(/youth usually/i);
    }
    expect(said('public-rental.happy-elderly')?.ko).toContain('고령자');
    expect(said('public-rental.happy-youth')?.ko).toContain('청년');
  });
});
