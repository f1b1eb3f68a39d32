import { describe, expect, it } from 'vitest';
import { createClassifier, shippedModel } from '../../src/routing/classifier.js';
import { EMBEDDING_TABLE_ID } from '../../src/routing/embeddings.js';
import { learnedInput, loadModel, withNeighbours } from '../../src/routing/model.js';
import { RECIPE, trainOnBodies } from '../../src/routing/train.js';
import { extractTextFeatures, newTextFeatures } from '../../src/routing/text-features.js';

const ask = (text: string) => ({ model: 'auto', max_tokens: 1024, messages: [{ role: 'user' as const, content: text }] });
const features = (text: string) => {
  const out = newTextFeatures();
  extractTextFeatures(learnedInput(text), shippedModel.weights.hashBits, out);
  return out;
};

// Two kinds of word problem with different vocabularies: trains and distances (labelled hard), cakes and eggs (easy).
const TRAINS = ['train', 'car', 'bus', 'truck', 'bicycle', 'plane'];
const BAKING = ['cake', 'cookie', 'pie', 'muffin', 'bread', 'pancake'];
const travel = (v: string, i: number) =>
  `A ${v} leaves the station at ${i + 2} pm and travels ${40 + i} miles per hour toward a city ${120 + 10 * i} miles away. How many hours does the journey take?`;
const bake = (v: string, i: number) =>
  `Anna bakes a ${v} with ${i + 2} eggs and ${3 + i} cups of flour for her sister. How many eggs does she use for ${i + 3} of them?`;
const ITEMS = [...TRAINS.flatMap((v, i) => [travel(v, i), travel(v, i + 6)]).map((t) => ({ body: ask(t), y: 1 })), ...BAKING.flatMap((v, i) => [bake(v, i), bake(v, i + 6)]).map((t) => ({ body: ask(t), y: 0 }))];
const RECIPE_SMALL = { ...RECIPE, iterations: 20, neighbours: { dims: 8, k: 3, weight: 0.4, cells: 4, probe: 2 } };

describe('the neighbour term of maths word problems', () => {
  it('scores a new problem by the gain of the training problems nearest it', () => {
    const model = loadModel(trainOnBodies(ITEMS, RECIPE_SMALL));
    expect(model.weights.neighbours?.gains).toHaveLength(ITEMS.length);
    // The same ranking key before the term: the problem among hard neighbours ends higher.
    const hard = withNeighbours(model, features(travel('van', 20)), 0);
    const easy = withNeighbours(model, features(bake('tart', 20)), 0);
    expect(hard).toBeGreaterThan(easy + 0.1);
    const { neighbours: _n, ...older } = model.weights;
    expect(withNeighbours(loadModel(older), features(travel('van', 20)), 0.25)).toBe(0.25);
  });

  it('is trained deterministically, and only on asks that read as word problems with gain labels', () => {
    const a = trainOnBodies(ITEMS, RECIPE_SMALL);
    expect(trainOnBodies(ITEMS, RECIPE_SMALL).neighbours).toEqual(a.neighbours);
    const choice = ITEMS.map(({ body, y }) => ({ body: ask(`${body.messages[0]?.content}\nA. 1\nB. 2\nC. 3\nD. 4\nAnswer:`), y }));
    expect(trainOnBodies(choice, RECIPE_SMALL).neighbours).toBeUndefined();
    expect(trainOnBodies(ITEMS, { ...RECIPE_SMALL, target: 'tier' }).neighbours).toBeUndefined();
  });

  it('moves word problems only: multiple choice and other asks score the same without it', () => {
    const { neighbours, ...older } = shippedModel.weights;
    expect(neighbours?.table).toBe(EMBEDDING_TABLE_ID);
    const withIt = createClassifier(shippedModel);
    const without = createClassifier(loadModel(older));
    const problem = ask('Tom has 3 boxes with 12 apples each. He gives away 9 apples. How many apples does he have left?');
    expect(withIt(problem).reasons).toContain('maths word problem');
    expect(withIt(problem).score).not.toBe(without(problem).score);
    for (const text of ['Which planet is largest?\nA. Mars\nB. Jupiter\nC. Venus\nD. Earth\nAnswer:', 'Design a rate limiter for a multi-region API.']) {
      expect(withIt(ask(text))).toEqual(without(ask(text)));
    }
  });

  it('refuses neighbours taken from another embedding table or with sizes that do not match', () => {
    const weights = shippedModel.weights;
    const neighbours = weights.neighbours;
    if (neighbours === undefined) throw new Error('the shipped weights have neighbours');
    expect(() => loadModel({ ...weights, neighbours: { ...neighbours, table: '10x48:00000000' } })).toThrow(/embedding table/);
    expect(() => loadModel({ ...weights, neighbours: { ...neighbours, gains: neighbours.gains.slice(1) } })).toThrow(/sizes/);
    expect(() => loadModel({ ...weights, neighbours: { ...neighbours, probe: neighbours.cells.length } })).toThrow(/sizes/);
  });
});
