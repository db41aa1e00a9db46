// Word lists behind the name rules, built once on first use. English frequency and the
// name lists come from @zxcvbn-ts/language-en (a runtime dependency already shipped for
// password strength): 26,758 film/TV words ranked by frequency, 4,945 given names (mostly
// female), 88,799 US census surnames. The census list holds "you", "to", "in", so a
// surname hit is weak evidence; rank in the frequency list decides how common a word is.

import { dictionary } from '@zxcvbn-ts/language-en';

/** Given names the zxcvbn list lacks (it has few male and few non-Anglo names). */
const EXTRA_FIRST = `aaron abdul abdullah adam adrian ahmed ahmad aidan aiden alan albert alejandro alex alexander alfred ali
amir andre andrew angel anthony antonio arjun arthur ashok austin ben benjamin bernard bilal blake bradley brandon brian
bruce bryan caleb calvin carl carlos cedric charles chen chidi chinedu chris christian christopher cody colin connor
craig curtis cyrus daniel darius darnell darren david dean dennis derek devon diego dmitri dominic donald douglas duane
dwayne dylan eduardo edward elias elijah emeka emmanuel enrique eric ethan evan felipe fernando francisco gabriel gareth
gary george gerald giovanni gregory hamza hassan hector henry hiroshi hugo ian ibrahim igor isaac ivan jacob jake jamal
james jamie jared jason javier jayden jeffrey jeremy jerome jesse jesus joel john jonathan jordan jorge jose joseph joshua
juan julian justin kareem karl keith kenji kenneth kevin kwame kyle lamar larry lawrence leon leonardo liam logan lucas
luis luke malik manuel marcus mario martin mason matthew maurice max michael miguel mohamed mohammed muhammad nathan
neil nicholas nikhil noah obinna oliver omar oscar owen pablo patrick paul pedro peter philip rafael rahul raj ramon
randy raymond reggie ricardo richard robert roberto rodrigo roger ronald russell ryan samuel santiago scott sean sergei
seth shawn simon stephen steven tariq terrence thomas timothy tobias travis trevor tyler tyrone umar victor vikram
vincent walter wayne wei william xavier yusuf zachary zain aisha amara ananya chiamaka fatima folasade ifeoma ngozi
nkechi oluwaseun priya sakura yuki mei ling xiao thi thanh linh mai anh huong ngoc`;

/**
 * Given names that are also everyday English words: a name only with more evidence
 * (a title, a surname after it, a possessive, a reporting verb), so "hope", "will",
 * "may", "grace" and "Mark progress…" survive.
 */
const AMBIGUOUS_FIRST = `hope will may grace mark faith joy bill frank rose dawn summer june april august sunny sky
rich bob pat art chase grant hunter page lane drew jack ray gene heather iris ivy holly lily daisy ruby amber crystal
penny chance cash guy jean miles rusty sandy skip stone storm virginia winter autumn harmony melody patience prudence
charity honor justice liberty trinity destiny trust precious blessing gift sage river rain star hazel jade pearl opal
ginger brandy candy misty happy king major duke earl baron dean jordan carol carter cole sue norm don rod wade chip
buck buddy sonny angel angela christian eve ever royal reed cliff glen dale forrest bud kit tom max ben`;

let built: Lexicon | null = null;

export interface Lexicon {
  firstNames: ReadonlySet<string>;
  ambiguousFirst: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  /** Frequency rank in spoken English (0 = most common), absent when rare. */
  rank: ReadonlyMap<string, number>;
}

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

export function lexicon(): Lexicon {
  if (built) return built;
  const firstNames = new Set<string>(dictionary.firstnames as string[]);
  for (const w of words(EXTRA_FIRST)) firstNames.add(w);
  const rank = new Map<string, number>();
  (dictionary.commonWords as string[]).forEach((w, i) => {
    if (!rank.has(w)) rank.set(w, i);
  });
  built = {
    firstNames,
    ambiguousFirst: new Set(words(AMBIGUOUS_FIRST)),
    lastNames: new Set<string>(dictionary.lastnames as string[]),
    rank,
  };
  return built;
}

/** A word ordinary enough in English that capitalisation alone does not make it a name. */
export function isCommonWord(lex: Lexicon, lower: string, topN = 10_000): boolean {
  const r = lex.rank.get(lower);
  return r !== undefined && r < topN;
}
