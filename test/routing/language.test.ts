import { describe, expect, it } from 'vitest';
import { textShape } from '../../src/routing/language.js';

describe('textShape: script, language and length in tokens', () => {
  it('measures text without spaces in tokens, not characters', () => {
    const ja = textShape('世界中に3つのリージョンを持つ決済システムを設計してください。');
    const en = textShape('Design a payment system with three regions around the world.');
    expect(ja).toMatchObject({ english: false, script: 'cjk' });
    // 30 Japanese characters carry about as many tokens as 60 English ones, not half as many.
    expect(ja.tokens).toBeGreaterThanOrEqual(en.tokens);
  });

  it('tells English from other Latin-script languages, with or without accents', () => {
    expect(textShape('What is the capital of Portugal?').english).toBe(true);
    expect(textShape('Traduce al ingles: el pedido llega por la tarde.').english).toBe(false);
    expect(textShape('Spiegami come funziona il sistema elettorale italiano in modo semplice.').english).toBe(false);
    expect(textShape('Jak znaleźć pierwotną przyczynę awarii i jak naprawić to na stałe?').english).toBe(false);
    expect(textShape('Our C++ order book occasionally reports a negative quantity under heavy load.').english).toBe(true);
  });

  it('reads code, logs and mixed-script asks sensibly', () => {
    expect(textShape('2024-05-01T10:00:01Z INFO request handled path=/orders status=200 duration_ms=41').english).toBe(true);
    expect(textShape('写一个SQL查询，找出过去30天内下单次数最多的前10名客户，表结构是 orders(id, customer_id, created_at)。')).toMatchObject({ english: false, script: 'cjk' });
    expect(textShape('Переведи на английский: «Пожалуйста, перезвоните мне завтра утром.»').script).toBe('cyrillic');
  });
});
