// Synthetic training records for the learned names tagger: chat turns with names of many cultures, places
// where people live, organisations, street addresses around them, and negatives (programming questions,
// product and file-format names, capitalised nouns and pronoun phrases of German, French, Spanish, Dutch).
// Deterministic for a seed; labels are UTF-16 offsets, as in ../shared/data/ner.
import { GIVEN_NAMES } from '../engine/detectors/names/lexicon/given-names';
import { SURNAMES } from '../engine/detectors/names/lexicon/surnames';
import { CITIES, COUNTRIES, REGIONS } from '../engine/detectors/names/lexicon/places';
import { pick, seeded as prng } from '../testing/national-generators';

export { prng };

export interface LabeledRecord {
  id: string;
  text: string;
  spans: { start: number; end: number; label: string }[];
}

const cap = (s: string) => s.split(/([\s-])/).map((p) => (p.length > 0 ? p[0].toUpperCase() + p.slice(1) : p)).join('');

const ENGLISH_GIVEN = 'james mary john patricia robert jennifer michael linda william elizabeth david barbara richard susan joseph jessica thomas sarah charles karen christopher nancy daniel lisa matthew betty anthony margaret mark sandra donald ashley steven kimberly paul emily andrew donna joshua michelle kenneth carol kevin amanda brian melissa george deborah timothy stephanie ronald rebecca jason sharon edward laura jeffrey cynthia ryan kathleen jacob amy gary angela nicholas shirley eric anna jonathan brenda stephen pamela larry emma justin nicole scott helen brandon samantha benjamin katherine samuel christine gregory debra alexander rachel frank carolyn patrick janet raymond catherine jack maria dennis heather jerry diane tyler ruth aaron julie jose olivia adam joyce henry virginia nathan victoria douglas kelly zachary lauren peter christina kyle joan ethan evelyn walter judith noah megan jeremy andrea christian cheryl keith hannah roger jacqueline terry martha gerald gloria harold teresa sean ann austin sara carl madison arthur frances lawrence kathryn dylan janice jesse jean jordan abigail bryan alice billy julia joe judy bruce sophia gabriel grace logan denise albert amber willie doris alan marilyn juan danielle wayne beverly elijah isabella randy theresa roy diana vincent natalie ralph brittany eugene charlotte russell marie bobby kayla mason alexis philip lori louis'.split(' ');
const ENGLISH_SURNAMES = 'smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez'.split(' ');
const SYLLABLES = 'ka ri lo mi na ta be so va ne lu da mo ze ra ki to sa le ni ko ha ju me ti ar el an or in us ol em is'.split(' ');
const STREET_TYPES = ['Street', 'St.', 'Avenue', 'Road', 'Lane', 'Drive', 'Boulevard', 'Straße', 'Weg', 'rue', 'Calle'];
const ORG_SUFFIX = ['Inc.', 'Ltd', 'GmbH', 'LLC', 'Corporation', 'Group', 'Bank', 'University', 'Hospital', 'Foundation', 'Consulting', 'AG', 'SA'];
const KNOWN_ORGS = ['Google', 'Microsoft', 'Amazon', 'Siemens', 'Deutsche Bahn', 'Toyota', 'Nestlé', 'Samsung', 'the United Nations', 'Red Cross', 'Airbus', 'Volkswagen', 'Barclays', 'Unilever', 'IKEA', 'Spotify', 'Reuters', 'the BBC', 'Harvard University', 'Stanford'];
const TECH = ['Python', 'JavaScript', 'TypeScript', 'React', 'Docker', 'Kubernetes', 'PyTorch', 'TensorFlow', 'NumPy', 'Pandas', 'SQL', 'PostgreSQL', 'GitHub', 'Linux', 'Windows', 'macOS', 'Rust', 'Go', 'Java', 'CUDA', 'GPU', 'API', 'HTTP', 'REST', 'GraphQL', 'Redis', 'Excel', 'XML', 'CSV', 'TOML', 'HTML', 'CSS', 'Node', 'Django', 'Flask', 'Spring', 'Laravel', 'WordPress', 'Jupyter', 'VS Code', 'Vim', 'Emacs', 'Git', 'Bash', 'PowerShell', 'Terraform', 'Ansible', 'Kafka', 'Spark', 'Hadoop', 'Swift', 'Kotlin', 'Scala', 'Haskell', 'Perl', 'Ruby', 'Rails', 'Angular', 'Vue', 'Svelte', 'Webpack', 'Babel', 'ESLint', 'Prettier', 'HackerRank', 'Udemy', 'Coursera', 'StackOverflow', 'Slack', 'Jira', 'Confluence', 'Notion', 'Figma', 'Tableau', 'Matplotlib', 'Seaborn', 'SciPy', 'Keras', 'LoRA', 'QLoRA', 'Quantization', 'Tokenizer', 'Transformer', 'Dataset', 'Epoch', 'Optimizer', 'Adam', 'SGD', 'ONNX', 'GGUF', 'Safetensors', 'Hugging Face', 'Colab', 'Kaggle', 'Netflix', 'Hulu', 'Roku', 'Mother-board', 'Lambda', 'Regex', 'Unicode', 'UTF-8', 'ASCII', 'OAuth', 'JWT', 'SSH', 'TLS', 'DNS', 'AWS', 'Azure', 'GCP', 'S3', 'EC2', 'BigQuery', 'Snowflake', 'Airflow', 'MLflow', 'Streamlit', 'Gradio', 'FastAPI', 'Express', 'Nginx', 'Apache'];
const TOPICS = ['recursion', 'binary search', 'memory leaks', 'async code', 'unit tests', 'sorting', 'dynamic programming', 'linked lists', 'the loss curve', 'gradient descent', 'attention', 'caching', 'pagination', 'logging', 'the build', 'type errors'];

/** Sentences with slots: {P} a full name, {F} a given name, {L} a surname, {C} a city, {K} a country, {O} an organisation, {T} a technology, {X} a topic, {A} a street address, {N} a number, {R} a region. */
const ENGLISH = [
  'My name is {P} and I live in {C}.',
  'Hi, I am {F}. I moved to {C} from {K} last year.',
  'Dear {P}, thank you for your order.',
  'Thanks {F}! That fixed it.',
  '{F}: can you send me the slides before Monday?',
  'I talked to {P} from {O} about the contract.',
  '{P} works for {O} in {C}.',
  'I work for {O} as a {J}.',
  'My husband works at {O} in {C}.',
  'My sister {F} lives in {C}, {K}.',
  'Please ship it to {A}, {C}.',
  'Send the package to {P}, {A}, {C}, {K}.',
  'Hello, this is {F} {L} calling about my appointment.',
  'Can you recommend a good hotel in {C}?',
  'We visited {C} and {C} on our trip to {K}.',
  'Best regards, {P}',
  'Sincerely,\n{P}',
  'Mr. {L} said the meeting was moved to Thursday.',
  'Dr. {L} will see you at {N} pm.',
  'According to {P}, the report is due next week.',
  '{P} ({N}) was born in {C}.',
  'I was born in {K} but grew up in {C}.',
  'Our new colleague {F} joined {O} last month.',
  'The CEO of {O}, {P}, announced the merger.',
  'Is there a direct train from {C} to {C}?',
  'The weather in {C} is great this week.',
  'I think {F} is right about this.',
  'ask {F} if she can cover my shift',
  'lol {F} said the same thing',
  'Who is {P}?',
  'Call me {F}.',
  'Signed: {P}, {O}',
  '{F} and {F} are coming to dinner.',
  'Ms. {L} from {O} emailed the invoice.',
  'Patient: {P}, admitted on Tuesday, discharged {N} days later.',
  'Name: {P}\nAddress: {A}\nCity: {C}',
  'Contact {P} at extension {N} if the printer jams again.',
  '{P} is a {J} at {O}.',
  'The account holder, {P}, asked for a refund.',
  "{F}'s order was shipped to {C} on Friday.",
  'Can {F} pick up the kids at {N}?',
  'Our guide {F} showed us around {C} for three hours.',
  "I'm flying to {C} next week to see {F}.",
  'Please forward this to {F} in accounting.',
  '{P}, {J}, {O}, {C}',
  'My grandfather {P} emigrated from {K} after the war.',
  'Author: {P}',
  'Meeting with {P} and {P} at the {C} office.',
  '{F}, could you review my pull request when you have a minute?',
  'Spoke with {P} about the onboarding plan.',
  'hey {F} how r u',
  '{P} has been a customer since {N}.',
  'Employee {P} transferred from {C} to {C}.',
  'Ship to: {P}, {A}, {C}',
  'Born in {C}, {P} studied at {O}.',
  "I'm {F}, a student from {C}.",
  'We hired {P} as our new {J}.',
  '{F} told me that {F} moved to {K}.',
  'The form was signed by {P} on behalf of {O}.',
  'I had dinner with my cousin {F} and her husband {F}.',
  'Nurse {F} checked his blood pressure twice.',
  'Professor {L} teaches statistics at {O}.',
  "{F} {L}'s phone number is on the back of the card.",
  'The delivery for {P} could not be completed in {C}.',
  'Username of {P}: not provided.',
  'We stayed at a small hotel near {C} in the north of {K}.',
  'Yesterday {F} and I drove from {C} to {C}.',
  'Thanks to {P} for the great service at the {C} store!',
  '{F} lives in {C} with two cats.',
  '{F} is from {C} and speaks three languages.',
  '{F} spent a year at {O} before moving to {C}.',
  '{P} was appointed head of the {C} branch.',
  '{L} said the numbers were wrong.',
  'The founders, {L}, {L} and {L}, met at university.',
  '{F}: I will be late today.\n{F}: No problem, see you later.',
  'A film directed by {P} and starring {P}.',
  '{F} works nights and sleeps during the day.',
  '{P} has two children and lives near {C}.',
  '{F}, can I ask you something?',
  'Thanks a lot, {F}!',
  'See you tomorrow, {F}.',
  'Ask Mrs. {L} about the invoice.',
  'Please call Mr. {L} back before noon.',
  'Guest list: {P}, {P}, {P}.',
  'Turkey burgers and China plates are on sale this week.',
  'Nice work on the slides!',
  'Reading the logs did not help.',
  'Jersey cows give rich milk.',
  'Champagne and Cheddar for the party.',
  'Java beans make the best coffee, she says.',
  'The Department of Health published new guidelines on Monday.',
  'We celebrate Thanksgiving and Christmas with the whole family.',
  'The Terms of Service and the Privacy Policy apply to all users.',
  'Happy New Year from all of us at the office!',
  'The Product Manager will present the Q{N} Roadmap on Friday.',
];
/** Web text: reviews, e-mails, forum questions and answers, blog posts (places as topics are places too). */
const WEB = [
  'We stayed at a hotel in downtown {C} for three nights and the staff were friendly.',
  'I ordered from them twice and {F} at the front desk was very helpful both times.',
  'Has anyone here moved from {C} to {C}? How are the schools?',
  'Hi {F},\n\nPlease find the draft attached. Let me know if you have questions.\n\nThanks,\n{F}',
  'Hi all, I am planning a road trip through {R} and {R} in the spring.',
  '{P} wrote: I disagree, the old version was better.',
  'In reply to {F}: yes, it ships to {K} as well.',
  'The best pizza in {C}, hands down. Ask for {F}, she knows the menu.',
  'My wife and I drove up to {C} last weekend to visit her parents.',
  'Our flight to {C} was delayed, so we spent the night in {C}.',
  '{P} is the best dentist in {C}. Highly recommended!',
  'Dr. {L} and his team took great care of my mother.',
  'Avoid this place. The manager, {F}, was rude to my husband.',
  'I grew up in {R} but have lived in {C} since {N}.',
  'Does anyone know a good mechanic near {C}?',
  'Forwarded message from {P}: the meeting in {C} is cancelled.',
  'Please contact {P} ({O}) for the {C} project.',
  'Thanks again to {F} and {F} for organising the trip to {K}!',
  'I think {L} made a good point in his last post.',
  'Yes, {F} is right, the train from {C} to {C} is faster than driving.',
  'What is the weather like in {C} in March?',
  '{C} is a beautiful city, but it is very expensive.',
  'The conference will be held in {C}, {K}, next June.',
  'I met {P} at a conference in {C} years ago.',
  '{P}, a spokesman for {O}, declined to comment.',
  'According to {P} of {O}, prices will rise again in {K}.',
  'My son {F} just started college in {R}.',
  'Posted by {F} from {C}, {R}',
  'Cheers,\n{F}',
  'Regards,\n{P}\n{O}',
  '{F}: when are you back from {C}?',
  'Great service! {F} answered all my questions.',
  'President {L} visited {K} last week.',
  'The {C} office will be closed on Friday; {F} will cover the phones.',
  'I bought this for my daughter {F} and she loves it.',
  'We are a small family business based in {C}, {R}.',
]
/**
 * Web text in the genres of the English Web Treebank, written anew: reviews (businesses are organisations),
 * e-mails (headers, sign-offs, people by first name), newsgroup threads (public figures by surname alone, in
 * the possessive, before a noun), answers and weblogs; names as subjects, objects, possessives, after titles,
 * in signatures and lists. {B} is a local business.
 */
export const WEB_GENRES = [
  'I took my car to {B} and {F} had it ready the same day.',
  '{B} is the best place in {C} for brunch, and the prices are fair.',
  'Dr. {L} at {B} was patient and explained everything to my son.',
  'Ask for {F} when you call {B}; he gave us the best price in town.',
  'We have been going to {B} for years. {F} and her staff are always friendly.',
  'Do not go to {B}. The owner, {P}, never called us back.',
  "{F}'s advice saved us a lot of money.",
  'Thank you {P} for making our wedding day perfect!',
  'Five stars for {B}. {F} fixed our roof in one afternoon.',
  'The new {B} in {C} is just as good as the old one.',
  'I would not recommend {B} to anyone. Ask {F} what happened to her order.',
  '{F},\n\nI spoke with {L} at {O} this morning and they agreed to the terms.\n\n{F}',
  'Please call {P} at extension {N} if you have any questions about the {C} deal.',
  'From: {P}\nTo: {P}\nSubject: meeting in {C}',
  'Attached is the revised draft from {F}. {L} and I will go through it tomorrow.',
  'I will be in {C} on Tuesday and back in the office on Wednesday.',
  'Can you forward this to {F} and {F}? They are handling the {O} account.',
  'cc: {P}, {P}',
  'Thanks for your help, {F}. I owe you one.',
  '{F} - can you send me the {O} contract before the call with {P}?',
  'Per my conversation with {P}, {O} will pay the invoice by Friday.',
  '{F} and I are meeting with the lawyers from {O} at {N}.',
  'I left a message for {P} but have not heard back yet.',
  '{L} said on Tuesday that the troops would stay in {K} until the election.',
  'I voted for {L} last time, and I regret it.',
  "{L}'s government has lost the support of the people of {K}.",
  'The {L} administration ignored every warning about {K}.',
  'Both {L} and {L} were in {C} for the talks with {O}.',
  'Why does {L} keep blaming {O} for everything?',
  'President {L} met Prime Minister {L} in {C} on Monday.',
  'According to {O}, {P} was arrested in {C} last week.',
  'Supporters of {P} marched through {C} on Saturday.',
  'If {L} wins, {K} will leave the treaty.',
  "I don't trust {L} any more than I trust {L}.",
  'Read what {P} wrote about {K} in {N}; he was right.',
  'My vet, Dr. {L}, said it is normal for a puppy to sleep that much.',
  'I live in {C} and the best time to visit is in the spring.',
  'Try {B}, they have the best prices in {C}.',
  'My friend {F} had the same problem with her laptop.',
  'You should ask {P}, she wrote a book about it.',
  'Today {F} and I went hiking near {C}.',
  'Happy birthday to my little brother {F}!',
  'I finally read the book {P} recommended.',
  'We drove from {C} to {C} to see {F} and the kids.',
  'Last week {P} from {O} gave a talk about the history of {K}.',
  '--\n{P}\n{J}, {O}\n{C}, {K}',
  'Attendees: {P} ({O}), {P} ({O}), {P}',
  'Hi {F}, thanks for the quick reply. I will tell {F}.',
  'I asked {F} to call {F} about the tickets.',
  'We hired {P} last year and {O} hired {P} away from us.',
  'Mrs. {L} taught my daughter piano for six years.',
  'My grandmother was from {C}, {K}, and my grandfather from {R}.',
  'He works for {O} and she works for {O}.',
  '{F}, {F} and {F} came to the party, but {F} stayed home.',
  'I saw {P} at the game on Sunday.',
  'Tell {F} I said hi, and thank {L} for the flowers.',
  'I had lunch with {P} yesterday; she is moving to {C}.',
  "We stayed at {F}'s place in {C} for a week.",
  'Senator {L} voted against the bill, and so did Judge {L}.',
  'Coach {L} benched {P} for the second half.',
  '{P}\n{J}\n{O}\nPhone: {N}-{N}',
  'Go see Dr. {L} in {C}, she is great with kids.',
  'In article {N}, {P} wrote:\n> I think {L} is wrong about {K}.',
  '{F} turned five today and {F} made the cake.',
  '{O} announced layoffs on Friday, according to {P}.',
  'I applied at {O} and {O}, and {F} put in a good word for me.',
  'Does anyone know if {F} {L} still lives in {C}?',
  "My boss, {P}, wants the report by noon; {F}'s team is helping.",
  'The house belongs to {P}, an old friend of my father.',
  'Thanks to {F} at {B} for the quick repair.',
  'We met {L} and his wife at the airport in {C}.',
  'Bought a new Honda Civic and an iPod; the Windows laptop goes back to the store.',
  'Nobody knows why the Board of Directors approved it.',
  'The Internet was down all day, so I read the Sunday paper.',
];
const BUSINESSES = ['Pizza', 'Auto Repair', 'Dental', 'Bakery', 'Plumbing', 'Garage', 'Diner', 'Cafe', 'Salon', 'Motors', 'Insurance', 'Flowers', 'Grill', 'Tire & Service', 'Family Dentistry', 'Law Office'];
const JOBS = ['software engineer', 'nurse', 'teacher', 'accountant', 'sales manager', 'data scientist', 'lawyer', 'designer', 'student', 'consultant', 'pharmacist', 'driver'];
const NEGATIVE = [
  'How do I parse {T} in {T}?',
  'Why does my {T} build fail with exit code {N}?',
  'Convert this {T} file to {T}, please.',
  'What is the difference between {T} and {T}?',
  'I solved the problem on {T} using {X}.',
  'Can you explain {X} with an example in {T}?',
  'Write a function that reads {T} and writes {T}.',
  'The {T} docs say the option is deprecated.',
  'Install {T} with pip and restart the kernel.',
  'Is {T} faster than {T} for {X}?',
  'Here is my {T} config; the {T} step times out after {N} seconds.',
  'Sure! Here is a step-by-step explanation of {X}.',
  'Thanks, that worked. What about {X} in {T}?',
  'Error: Cannot find module {T} at line {N}.',
  'The Quick Start Guide explains how to Set Up the Project.',
  'Summary: Results Improved After Training For {N} Epochs.',
  'NOTE: THE SERVER WILL RESTART AT MIDNIGHT.',
  'Step {N}: Open Settings and choose Advanced Options.',
];
/** German, French, Spanish and Dutch chat turns: capitalised nouns and pronoun phrases, and names. */
const OTHER_LANGUAGES = [
  'Mein Paket ist noch nicht angekommen.',
  'Wann kommt meine Bestellung? Die Sendungsnummer funktioniert nicht.',
  'Unser Sohn hat Geburtstag, können Sie die Lieferung beschleunigen?',
  'Ich habe die Rechnung bekommen, aber der Betrag stimmt nicht.',
  'Sehr geehrte Damen und Herren, mein Telefon ist kaputt.',
  'Ich heiße {P} und wohne in {C}.',
  'Mein Name ist {P}.',
  'Hallo {F}, danke für die schnelle Antwort!',
  'Mit freundlichen Grüßen\n{P}',
  'Liefern Sie auch nach {K}?',
  'Votre colis est en route.',
  'Ma fille a reçu le mauvais article.',
  'Bonjour, je voudrais annuler ma commande.',
  "Je m'appelle {P} et j'habite à {C}.",
  'Merci {F}, bonne journée !',
  'Notre Service Client vous répondra sous 48 heures.',
  'Mi pedido no ha llegado todavía.',
  'Mi hijo necesita una Factura para la Empresa.',
  'Me llamo {P} y vivo en {C}.',
  'Hola {F}, ¿cómo estás?',
  'Mijn bestelling is nog niet aangekomen.',
  'Onze Klantenservice is gesloten op zondag.',
  'Mijn naam is {P} en ik woon in {C}.',
  'Die Lieferung nach {C} dauert drei Tage.',
  'Herr {L} hat gestern angerufen, wegen der Rechnung.',
  'Frau {P} aus {C} bittet um Rückruf.',
  'Mon mari {F} a passé la commande depuis {C}.',
  'Mevrouw {L} uit {C} heeft gebeld over haar Pakket.',
];

function inventedName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(rand, SYLLABLES);
  return cap(s);
}

function given(rand: () => number): string {
  const r = rand();
  if (r < 0.4) return cap(pick(rand, ENGLISH_GIVEN));
  if (r < 0.8) return cap(pick(rand, GIVEN_NAMES));
  return inventedName(rand);
}

function surname(rand: () => number): string {
  const r = rand();
  if (r < 0.35) return cap(pick(rand, ENGLISH_SURNAMES));
  if (r < 0.8) return cap(pick(rand, SURNAMES));
  return inventedName(rand);
}

/** Fills one template, recording the spans of the slots that are entities. */
function fill(template: string, rand: () => number, lower: boolean): { text: string; spans: LabeledRecord['spans'] } {
  let text = '';
  const spans: LabeledRecord['spans'] = [];
  const put = (value: string, label?: string) => {
    if (label) spans.push({ start: text.length, end: text.length + value.length, label });
    text += value;
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c !== '{' || template[i + 2] !== '}') {
      text += c;
      continue;
    }
    const slot = template[i + 1];
    i += 2;
    switch (slot) {
      case 'P': {
        const start = text.length;
        text += given(rand);
        if (rand() < 0.15) text += ` ${String.fromCharCode(65 + Math.floor(rand() * 26))}.`;
        text += ` ${surname(rand)}`;
        spans.push({ start, end: text.length, label: 'PERSON' });
        break;
      }
      case 'F': put(given(rand), 'PERSON'); break;
      case 'L': put(surname(rand), 'PERSON'); break;
      case 'C': put(cap(pick(rand, CITIES)), 'LOCATION'); break;
      case 'K': put(cap(pick(rand, COUNTRIES)), 'LOCATION'); break;
      case 'R': put(cap(pick(rand, REGIONS)), 'LOCATION'); break;
      case 'O': {
        const r = rand();
        // Some bare invented names, so that the phrase around them ("works for", "joined") tells the organisation.
        put(r < 0.35 ? pick(rand, KNOWN_ORGS) : r < 0.6 ? `${surname(rand)} ${pick(rand, ORG_SUFFIX)}` : r < 0.85 ? `${cap(pick(rand, CITIES))} ${pick(rand, ORG_SUFFIX)}` : inventedName(rand), 'ORGANIZATION');
        break;
      }
      case 'B': {
        const r = rand();
        put(r < 0.6 ? `${surname(rand)}'s ${pick(rand, BUSINESSES)}` : r < 0.8 ? `${surname(rand)} ${pick(rand, BUSINESSES)}` : `${given(rand)}'s ${pick(rand, BUSINESSES)}`, 'ORGANIZATION');
        break;
      }
      case 'T': put(pick(rand, TECH)); break;
      case 'J': put(pick(rand, JOBS)); break;
      case 'X': put(pick(rand, TOPICS)); break;
      case 'N': put(String(1 + Math.floor(rand() * 400))); break;
      case 'A': put(`${1 + Math.floor(rand() * 300)} ${surname(rand)} ${pick(rand, STREET_TYPES)}`); break;
      default: text += `{${slot}}`;
    }
  }
  if (!lower) return { text, spans };
  return { text: text.toLowerCase(), spans };
}

/**
 * `count` records, deterministic for `seed`: about half with people or places, the rest negatives and other
 * languages. `keepTemplate` leaves out web-genre templates (a validation run scores on the ones it leaves out).
 */
export function syntheticRecords(count: number, seed: number, keepTemplate: (t: string) => boolean = () => true, webGenreShare = 0.15): LabeledRecord[] {
  const rand = prng(seed);
  const out: LabeledRecord[] = [];
  const webGenres = WEB_GENRES.filter(keepTemplate);
  // The share of people-and-places templates (0.6) is split between chat, web text and the web genres.
  const chat = 0.4 - webGenreShare * (2 / 3);
  const web = 0.6 - webGenreShare;
  for (let k = 0; k < count; k++) {
    const r = rand();
    const template = r < chat ? pick(rand, ENGLISH) : r < web ? pick(rand, WEB) : r < 0.6 ? pick(rand, webGenres) : r < 0.82 ? pick(rand, NEGATIVE) : pick(rand, OTHER_LANGUAGES);
    // Some chat is all lower case; a few turns join two templates.
    const first = fill(template, rand, rand() < 0.08);
    if (rand() < 0.25) {
      const second = fill(pick(rand, rand() < 0.5 ? ENGLISH : NEGATIVE), rand, false);
      const offset = first.text.length + 1;
      first.text += ' ' + second.text;
      for (const s of second.spans) first.spans.push({ start: s.start + offset, end: s.end + offset, label: s.label });
    }
    out.push({ id: `synthetic-${k}`, text: first.text, spans: first.spans });
  }
  return out;
}

/** Records from the given web-genre templates only (a validation run's held-out templates). */
export function webGenreRecords(templates: readonly string[], count: number, seed: number): LabeledRecord[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, k) => ({ id: `web-genre-${k}`, ...fill(pick(rand, templates), rand, false) }));
}
