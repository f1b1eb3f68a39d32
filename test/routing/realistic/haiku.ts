import { ask, chat, example, filler, imageAsk, tool, type RealisticExample } from './helpers.js';

/** Short classification, extraction, translation and formatting: Haiku does these well. */
export const haikuExamples: RealisticExample[] = [
  example('review sentiment', 'haiku', ask(
    'Classify the sentiment of this review as positive, negative or neutral. Reply with one word.\n\nReview: The battery died after two days and support never answered my emails.',
    { max_tokens: 5 },
  )),
  example('invoice extraction', 'haiku', ask(
    'Extract the invoice number, issue date and total amount from the text below. Return JSON with keys invoice_number, date, total.\n\nACME Supplies Ltd\nINVOICE #88213\nIssued: 14 March 2024\nBill to: Northwind Traders\n3 x Printer paper A4 @ 4.99\n1 x Toner cartridge @ 62.00\nTotal due: EUR 76.97\nPayment within 30 days.',
  )),
  example('translate sentence to spanish', 'haiku', ask("Translate to Spanish: 'Our office will be closed on Monday for the public holiday.'")),
  example('translation engine system prompt', 'haiku', ask(
    'Hello team, the quarterly results are in and I am happy to say we exceeded our targets in every region. Thank you for all the hard work, and see you at the celebration dinner next Friday.',
    { system: 'You are a translation engine. Translate every user message into German. Output only the translation, nothing else.' },
  )),
  example('list to markdown table', 'haiku', ask(
    'Format this as a markdown table with columns Name, Role, Start date:\n- Priya Natarajan, backend engineer, 2023-02-01\n- Tom Becker, designer, 2022-11-14\n- Ana Lima, product manager, 2024-01-08',
  )),
  example('spam filter', 'haiku', ask(
    'Subject: You have WON a $1000 gift card!!! Click here within 24 hours to claim your prize.',
    { system: 'Label each email as SPAM or HAM. Respond with the label only.', max_tokens: 3 },
  )),
  example('fix typos', 'haiku', ask(
    "Fix the spelling and grammar, keep everything else the same: 'their going too the meeting tomorow, dont forget you're laptop and the the slides'",
  )),
  example('support ticket category', 'haiku', ask(
    "Hi, I was charged twice for my subscription this month, can you refund one of the payments? My account email is j.doe@example.com",
    {
      system: 'Categorize the support ticket into exactly one of: billing, technical, account, other. Respond with only the category name in lowercase.',
      max_tokens: 10,
    },
  )),
  example('named entities', 'haiku', ask(
    'List the people and organisations mentioned in this sentence, as two bullet lists: "Satya Nadella met with officials from the European Commission and OpenAI in Brussels on Tuesday, according to Reuters."',
  )),
  example('detect language', 'haiku', ask("What language is this? 'Dziękuję bardzo za pomoc, do zobaczenia jutro.'", { max_tokens: 20 })),
  example('capital lookup', 'haiku', ask('What is the capital of Australia?', { max_tokens: 50 })),
  example('define a word', 'haiku', ask("define 'idempotent' in one sentence")),
  example('date normalisation', 'haiku', ask(
    'Convert these dates to ISO 8601 (YYYY-MM-DD), one per line: March 3rd 2024; 12/07/23 (UK format); 5 Jan 2025; 2023.11.30',
  )),
  example('polite rephrase', 'haiku', ask("Rephrase this to be more polite and shorter: 'Send me the report now, it is already two days late and I am tired of waiting.'")),
  example('product keywords', 'haiku', ask(
    'Give me 5 SEO keywords for this product, comma separated: "Handmade ceramic pour-over coffee dripper, fits standard #2 filters, dishwasher safe, available in matte black and sand."',
  )),
  example('meeting request yes/no', 'haiku', ask(
    'Does this email ask for a meeting? Answer yes or no.\n\n"Hi Mark, thanks for the update on the contract. Could we find 30 minutes next week to go through the open points together? Best, Julia"',
    { max_tokens: 3 },
  )),
  example('one sentence tldr', 'haiku', ask(
    'TL;DR in one sentence: The city council voted 7 to 2 on Tuesday to extend the bike lane on Main Street by two miles, with construction expected to start in the spring and finish before the end of the year. Local businesses were split on the plan.',
  )),
  example('puppy names chat', 'haiku', chat(['hi', 'Hello! How can I help you today?', "what's a good name for a golden retriever puppy? give me a few"])),
  example('image alt text', 'haiku', imageAsk('Write a short alt text (under 15 words) for this image.', { max_tokens: 60 })),
  example('weather tool call', 'haiku', ask('What is the weather in Paris right now?', {
    tools: [tool('get_weather', 'Get the current weather for a city')],
    max_tokens: 300,
  })),
  example('alphabetize', 'haiku', ask('Sort these alphabetically: banana, kiwi, apple, cherry, date, fig, elderberry')),
  example('unit conversion', 'haiku', ask('How many ounces are in 250 grams?', { max_tokens: 100 })),
  example('title case cleanup', 'haiku', ask(
    'Normalize these product titles to Title Case and remove the emojis:\n1. 🔥 wireless earbuds WITH charging case\n2. stainless steel water bottle 1l 💧\n3. ⭐ kids rain jacket - yellow',
  )),
  example('moderation label', 'haiku', ask('you are all idiots and I hope your servers burn', {
    system: 'You are a content moderation classifier. Label the user message as SAFE, TOXIC or THREAT. Output the label only.',
    max_tokens: 5,
  })),
  example('csv to json', 'haiku', ask('Convert this CSV to a JSON array of objects:\nid,name,price\n1,Pen,1.50\n2,Notebook,3.20\n3,Stapler,7.99')),
  example('action items from short note', 'haiku', ask(
    'Extract the action items with owners from these notes as a bullet list:\n"Sam will send the revised budget by Thursday. Lee to book the venue. We agreed to skip the newsletter this month. Priya follows up with legal on the NDA."',
  )),
  example('email subject line', 'haiku', ask(
    "Suggest a subject line for this email: 'Hi all, just a reminder that the office kitchen will be cleaned on Friday afternoon, please take your food out of the fridge by noon.'",
    { max_tokens: 30 },
  )),
  example('translate paragraph to english', 'haiku', ask(
    'Traduce al inglés: "Estimado cliente, le informamos que su pedido ha sido enviado y llegará en un plazo de tres a cinco días hábiles. Puede seguir el envío con el número de seguimiento que encontrará en el correo adjunto. Gracias por confiar en nosotros."',
  )),
  example('intent detection few-shot', 'haiku', ask('can u cancel my order from yesterday pls', {
    system: `Classify the user's intent. Reply with one of: order_status, cancel_order, return_item, talk_to_human, other.\n\nExamples:\n"where is my package" -> order_status\n"i want to send these shoes back" -> return_item\n"let me speak to someone" -> talk_to_human\n"do you sell gift cards" -> other`,
    max_tokens: 5,
  })),
  example('translation follow-up turn', 'haiku', chat([
    'Translate "Welcome to our store, all items are 20% off today" into French.',
    "Bienvenue dans notre magasin, tous les articles sont à -20 % aujourd'hui.",
    'now the same in Italian',
  ], { max_tokens: 200 })),
  example('affect or effect', 'haiku', ask("Is 'affect' or 'effect' correct here: 'The new policy will ___ everyone in the department.'")),
  example('issue labels json', 'haiku', ask(
    'Tag this GitHub issue with labels from [bug, feature, question, docs]. Return only a JSON array.\n\nTitle: Dark mode toggle does not persist after reload\nBody: When I switch to dark mode and refresh the page it goes back to light mode. Chrome 124, macOS.',
    { max_tokens: 30 },
  )),
  example('receipt image extraction', 'haiku', imageAsk('Extract the merchant name, date and total from this receipt. Return JSON only.', { max_tokens: 150 })),
  example('long text language tags', 'haiku', ask(
    `Label each line with its language code (en, fr, de, es). Output one code per line, nothing else.\n${filler('Good morning\nBonjour à tous\nGuten Morgen zusammen\nBuenos días', 400)}`,
    { max_tokens: 200 },
  )),
];
