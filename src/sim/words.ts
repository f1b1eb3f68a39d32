/**
 * Word lists. OUTPUT_WORDS make up generated answers: each is one token for the tokenizer
 * (four letters or fewer, or listed in COMMON_WORDS). COMMON_WORDS are words of five letters
 * or more that a BPE vocabulary holds whole; the tokenizer charges them one token.
 */
export const OUTPUT_WORDS: readonly string[] = (
  'the a of to and in is it that for on with as this be are by at from or can an will not each ' +
  'which data model system value state time way more new request result token answer check ' +
  'first then next also only when where there their these those some many most every other ' +
  'should could would might must make made take used using need needs keep runs run call calls ' +
  'step steps plan test tests code line lines file files list item items part parts case cases ' +
  'error errors small large fast slow good best same both such into over under after before ' +
  'about while until since again still even just well here what how why who all any few one ' +
  'two three four five rate load path node edge link user users team work works change ' +
  'simple clear short long right left open close start stop read write send queue cache store ' +
  'field index input output limit limits price cost budget level point order group service'
).split(' ');

export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'about above after again against almost alone along already although always among another ' +
    'answer anything around asked available because become becomes before began begin behind being ' +
    'below better between beyond bring brought build building built business called cannot certain ' +
    'change changes check child children class clear close common company complete computer consider ' +
    'could country course create created current different during early either enough error errors ' +
    'especially every everything example explain family father field final first follow following ' +
    'found friend friends function further general given going great group groups happen having ' +
    'health hello however human important include including information inside instead interest ' +
    'issue issues itself known language large later learn least leave level light little local ' +
    'looking machine making market might money month mother moment movie music national natural ' +
    'needs never night number numbers often order other others paper people perhaps person place ' +
    'please point points possible power present pretty price probably problem problems process ' +
    'program project provide public question questions quite rather reason really remember report ' +
    'result results right school science second seems sense service several should simple since ' +
    'small social something sometimes sound source space special start state states still story ' +
    'student students study support system systems table taken thank thanks their there these thing ' +
    'things think third those though thought three through today together toward under understand ' +
    'until using value values various water where whether which while white whole within without ' +
    'world would write writing wrong years young yourself ' +
    'array async await boolean break catch class const continue default delete export false float ' +
    'import index input interface length message messages model models object output params parse ' +
    'print private query request response return script server static string struct super switch ' +
    'token tokens typeof update yield client assistant content claude python javascript typescript ' +
    'react names types users value config example error handler method methods module modules ' +
    'number option options random record records stream table title total users version window ' +
    'words write cache limit limits budget queue stores store steps tests lines files items parts ' +
    'cases large short start close shall fast never after point order group should could would ' +
    'might every first other their there these those which where while using input field right ' +
    'simple clear check calls needs works change change model'
  ).split(' '),
);
