import { describe, expect, it } from 'vitest';
import type { MessagesBody } from '../../src/messages/schema.js';
import { classify } from '../../src/routing/classifier.js';
import { countIntlCues, isManyPartAsk, isProse } from '../../src/routing/cues-intl.js';
import { textShape } from '../../src/routing/language.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';

const ask = (content: string): MessagesBody => ({ model: 'auto', max_tokens: 1024, messages: [{ role: 'user', content }] });
const tier = (content: string) => tierForScore(classify(ask(content)).score, DEFAULT_THRESHOLDS);

/** A long plan with several constraints and sub-questions, and no word of the hard cue lists. */
const STOCK_PLAN =
  'Tenemos una tienda online con tres almacenes en Sevilla, Valencia y Bilbao, unas 4.000 referencias, envíos en 24 horas a toda la península y devoluciones gratuitas durante 30 días. ' +
  'Queremos decidir cuánto stock mantener de cada referencia en cada almacén, teniendo en cuenta la estacionalidad, los plazos de los proveedores, el coste del capital inmovilizado y las ventas de la campaña de Navidad. ' +
  '¿Cómo plantearías el problema y qué método usarías para resolverlo cada semana?';

describe('non-English asks by their structure and their hard-work words (session 10)', () => {
  it('sends a long prose ask of many parts to Opus, whatever its words, but not its first sentence alone', () => {
    expect(textShape(STOCK_PLAN).english).toBe(false);
    expect(isManyPartAsk(STOCK_PLAN, textShape(STOCK_PLAN).tokens)).toBe(true);
    expect(tier(STOCK_PLAN)).toBe('opus');
    const first = STOCK_PLAN.slice(0, STOCK_PLAN.indexOf('. ') + 1);
    expect(isManyPartAsk(first, textShape(first).tokens)).toBe(false);
    expect(tier(first)).toBe('sonnet');
  });

  it('does not read a table, a log or pasted notes as many parts: they have ", " on every line', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Tienda ${i + 1}, Sevilla, ${1000 + i * 37}, abierta, 24 horas, sí`).join('\n');
    const text = `¿Cuál es el total de la tercera columna?\n${rows}`;
    expect(isProse(text)).toBe(false);
    expect(tier(text)).not.toBe('opus');
    // A CSV's commas (no space after them) are no clauses either.
    expect(isManyPartAsk('a,b,c,d,e,f,g '.repeat(40), 200)).toBe(false);
  });

  it('counts the words of hard work (risks, scenarios, working systematically) in other languages', () => {
    const outbox = 'Unser Dienst verliert unter Last gelegentlich Nachrichten, nur in Produktion. Welche Risiken hat ein Umbau auf eine Outbox, was sind mögliche Szenarien für den Verlust, und wie grenzen wir das systematisch ein?';
    expect(countIntlCues(outbox.toLowerCase()).depth).toBe(3);
    expect(tier(outbox)).toBe('opus');
    expect(tier('Unser Dienst verliert unter Last gelegentlich Nachrichten, nur in Produktion. Was sollen wir tun?')).toBe('sonnet');
    // "por causa de" is "because of", no cause to find.
    expect(countIntlCues('faltou gente por causa das férias').depth).toBe(0);
  });

  it("knows the English simple family's reformatting asks in other languages: shorter, into English, as a list", () => {
    expect(tier('Hazlo más corto, como mucho tres líneas: «Le escribimos para informarle de que su pedido llegará con un día de retraso.»')).toBe('haiku');
    expect(tier("Mets ce message en anglais : « Nous arrivons demain à 9 h, merci de prévenir l'accueil. »")).toBe('haiku');
    expect(tier('Mach daraus eine nummerierte Liste: Brot, Milch, Eier, Butter, Käse.')).toBe('haiku');
  });
});
