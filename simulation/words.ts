// Word lists for the synthetic publisher, written for it: plain vocabulary, no borrowed text. None of these
// words is a topic term of the scale tests (see TOPIC_TERMS in article-text.ts), so only the articles meant
// to match a topic do.
export const NOUNS = [
  'council', 'budget', 'bridge', 'railway', 'harvest', 'factory', 'hospital', 'school', 'river', 'market',
  'ferry', 'airport', 'reservoir', 'library', 'museum', 'stadium', 'clinic', 'pension', 'tariff', 'subsidy',
  'contract', 'tender', 'pipeline', 'grid', 'turbine', 'warehouse', 'harbour', 'tunnel', 'highway', 'canal',
  'orchard', 'vineyard', 'mill', 'bakery', 'brewery', 'shipyard', 'foundry', 'workshop', 'laboratory', 'campus',
  'festival', 'election', 'referendum', 'coalition', 'committee', 'tribunal', 'inquiry', 'audit', 'report', 'survey',
  'forecast', 'deficit', 'surplus', 'loan', 'bond', 'currency', 'wage', 'rent', 'mortgage', 'salary',
  'strike', 'protest', 'petition', 'merger', 'takeover', 'dividend', 'license', 'permit', 'charter', 'treaty',
  'border', 'customs', 'visa', 'passport', 'census', 'archive', 'ledger', 'inventory', 'shipment', 'cargo',
  'fleet', 'depot', 'terminal', 'platform', 'timetable', 'fare', 'ticket', 'route', 'junction', 'crossing',
  'flood', 'drought', 'storm', 'wildfire', 'heatwave', 'frost', 'landslide', 'outage', 'blackout', 'shortage',
  'vaccine', 'ward', 'ambulance', 'nurse', 'surgeon', 'patient', 'teacher', 'pupil', 'graduate', 'apprentice',
  'farmer', 'fisher', 'miner', 'driver', 'pilot', 'engineer', 'architect', 'mayor', 'minister', 'governor',
] as const;

export const VERBS: readonly (readonly [string, string])[] = [
  ['approve', 'approved'], ['reject', 'rejected'], ['delay', 'delayed'], ['expand', 'expanded'], ['cut', 'cut'],
  ['fund', 'funded'], ['review', 'reviewed'], ['announce', 'announced'], ['suspend', 'suspended'], ['restore', 'restored'],
  ['inspect', 'inspected'], ['repair', 'repaired'], ['close', 'closed'], ['reopen', 'reopened'], ['sell', 'sold'],
  ['buy', 'bought'], ['build', 'built'], ['replace', 'replaced'], ['extend', 'extended'], ['shorten', 'shortened'],
  ['double', 'doubled'], ['halve', 'halved'], ['freeze', 'froze'], ['raise', 'raised'], ['lower', 'lowered'],
  ['question', 'questioned'], ['defend', 'defended'], ['challenge', 'challenged'], ['support', 'supported'], ['oppose', 'opposed'],
  ['negotiate', 'negotiated'], ['sign', 'signed'], ['cancel', 'cancelled'], ['postpone', 'postponed'], ['publish', 'published'],
  ['measure', 'measured'], ['estimate', 'estimated'], ['confirm', 'confirmed'], ['deny', 'denied'], ['investigate', 'investigated'],
  ['relocate', 'relocated'], ['merge', 'merged'], ['split', 'split'], ['hire', 'hired'], ['train', 'trained'],
  ['upgrade', 'upgraded'], ['connect', 'connected'], ['redesign', 'redesigned'], ['insure', 'insured'], ['audit', 'audited'],
] as const;

export const ADJECTIVES = [
  'regional', 'municipal', 'coastal', 'northern', 'southern', 'eastern', 'western', 'rural', 'urban', 'national',
  'temporary', 'permanent', 'ambitious', 'modest', 'costly', 'cheaper', 'delayed', 'revised', 'disputed', 'popular',
  'unpopular', 'quiet', 'lengthy', 'brief', 'formal', 'informal', 'public', 'private', 'joint', 'separate',
  'seasonal', 'annual', 'weekly', 'overnight', 'early', 'late', 'partial', 'complete', 'fragile', 'sturdy',
  'electric', 'diesel', 'wooden', 'concrete', 'historic', 'modern', 'crowded', 'empty', 'narrow', 'wide',
  'independent', 'senior', 'junior', 'veteran', 'young', 'local', 'foreign', 'domestic', 'technical', 'legal',
] as const;

export const ADVERBS = [
  'sharply', 'slowly', 'quietly', 'openly', 'briefly', 'repeatedly', 'narrowly', 'firmly', 'cautiously', 'abruptly',
  'gradually', 'formally', 'largely', 'partly', 'mostly', 'rarely', 'finally', 'initially', 'reluctantly', 'steadily',
] as const;

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Syllables for made-up names of people, places and organisations: unique names make articles distinct. */
export const SYLLABLES = [
  'ka', 'ro', 'lin', 'ver', 'ta', 'mos', 'bel', 'dri', 'ank', 'sol', 'vek', 'mar', 'to', 'nis', 'har', 'qu',
  'el', 'dor', 'fen', 'gal', 'ish', 'jor', 'kel', 'lum', 'nor', 'os', 'pra', 'rin', 'sav', 'tor', 'ul', 'vas',
  'wen', 'yar', 'zel', 'bra', 'cor', 'dan', 'es', 'fal', 'gor', 'hel', 'is', 'kar', 'lo', 'mer', 'nak', 'pol',
] as const;

export const ORG_KINDS = [
  'Transport Authority', 'Water Board', 'Chamber of Commerce', 'Teachers Union', 'Port Company', 'Energy Cooperative',
  'Health Trust', 'Planning Office', 'Farmers Association', 'Rail Operator', 'Housing Agency', 'Audit Office',
  'Fisheries Council', 'Arts Foundation', 'Statistics Bureau', 'Builders Guild',
] as const;

export const ROLES = [
  'spokesperson', 'chair', 'director', 'treasurer', 'deputy mayor', 'chief engineer', 'union representative',
  'economist', 'inspector', 'councillor', 'analyst', 'resident',
] as const;

/** Section names and link labels for the site chrome. */
export const SECTIONS = [
  'Home', 'Local', 'Region', 'Business', 'Markets', 'Transport', 'Health', 'Education', 'Weather', 'Culture',
  'Sport', 'Opinion', 'Letters', 'Obituaries', 'Property', 'Jobs', 'Travel', 'Food', 'Science', 'Archive',
] as const;

export const CHROME_PHRASES = [
  'Subscribe for full access', 'Sign in', 'Manage cookies', 'Accept all', 'Reject optional', 'Share this story',
  'Copy link', 'Print', 'Listen to this article', 'Most read', 'Recommended for you', 'Latest updates',
  'Advertisement', 'Sponsored', 'Newsletter: the morning digest', 'Enter your email', 'Privacy settings',
  'Terms of use', 'Contact the newsroom', 'Corrections', 'About us', 'Careers', 'Accessibility', 'Site map',
] as const;
