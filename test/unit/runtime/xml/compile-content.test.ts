/**
 * Compiling a content particle: a top-level `all` group of elements gets the counting automaton,
 * every other particle the Glushkov automaton; each particle object is compiled once; the
 * element names declared anywhere in a particle (open content tells declared from drift by them).
 * @see XSD 1.1 Part 1 §3.8 (model groups and particles)
 */
import { describe, expect, it } from 'vitest';
import type { ParticleModel } from '../../../../runtime/schema-model.js';
import { AllAutomaton } from '../../../../runtime/xml/all-automaton.js';
import { compileContent, compileContentAutomaton, declaredNames } from '../../../../runtime/xml/compile-content.js';
import { GlushkovAutomaton } from '../../../../runtime/xml/glushkov-automaton.js';

const el = (name: string, min = 1, max = 1): ParticleModel => ({
  k: 'el',
  name,
  p: name,
  type: 0,
  min,
  max,
  array: false,
});
const any: ParticleModel = { k: 'any', min: 0, max: 1, process: 'lax' };
const group = (k: 'seq' | 'choice' | 'all', items: ParticleModel[], min = 1): ParticleModel => ({
  k,
  items,
  min,
  max: 1,
});

describe('compileContentAutomaton', () => {
  it('gives an all group of elements the counting automaton', () => {
    const a = compileContentAutomaton(group('all', [el('a'), el('b')]));
    expect(a).toBeInstanceOf(AllAutomaton);
    // any order, each once
    expect(a.start.fork!().step('b')?.step('a')?.accepting).toBe(true);
  });

  it('gives every other particle the Glushkov automaton', () => {
    expect(compileContentAutomaton(group('seq', [el('a'), el('b')]))).toBeInstanceOf(GlushkovAutomaton);
    expect(compileContentAutomaton(group('choice', [el('a'), el('b')]))).toBeInstanceOf(GlushkovAutomaton);
    expect(compileContentAutomaton(group('all', [el('a'), any]))).toBeInstanceOf(GlushkovAutomaton);
    expect(compileContentAutomaton(el('a'))).toBeInstanceOf(GlushkovAutomaton);
  });

  it('keeps the order of a sequence', () => {
    const start = compileContent(group('seq', [el('a'), el('b')]));
    expect(start.step('b')).toBeFalsy();
    expect(start.step('a')?.step('b')?.accepting).toBe(true);
  });

  it('compiles each particle object once', () => {
    const p = group('seq', [el('a')]);
    const a = compileContentAutomaton(p);
    expect(compileContentAutomaton(p)).toBe(a);
    expect(compileContent(p)).toBe(a.start);
    expect(compileContentAutomaton(group('seq', [el('a')]))).not.toBe(a);
  });
});

describe('declaredNames', () => {
  it('collects the element names of every nested group, not wildcards', () => {
    const p = group('seq', [el('a'), group('choice', [el('b'), group('all', [el('c'), el('d')]), any]), el('a')]);
    expect([...declaredNames(p)].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...declaredNames(el('x'))]).toEqual(['x']);
    expect(declaredNames(any).size).toBe(0);
  });

  it('is empty for no content, and adds to the set it is given', () => {
    expect(declaredNames(null).size).toBe(0);
    const into = new Set(['z']);
    expect(declaredNames(group('seq', [el('a')]), into)).toBe(into);
    expect([...into].sort()).toEqual(['a', 'z']);
    expect(declaredNames(null, into)).toBe(into);
  });
});
