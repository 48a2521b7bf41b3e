/** A stretch of text in one script, as UTF-16 offsets into the string it was cut from. */
export interface ScriptRun {
  start: number;
  end: number;
}

type ScriptClass = 'bengali' | 'other' | 'neutral';

function scriptClass(char: string): ScriptClass {
  if (/\p{Script=Bengali}/u.test(char)) return 'bengali';
  if (/\p{L}/u.test(char)) return 'other';
  // Digits, punctuation (including the danda, which Unicode files under Common), spaces, ZWJ and
  // ZWNJ, and combining marks go with whatever script surrounds them.
  return 'neutral';
}

/**
 * Cuts text where the script changes between Bengali and anything else, so that HarfBuzz can give
 * each part its own shaper: the Bengali one would otherwise treat Latin letters in a mixed word
 * ("ID-ক১২") as foreign and skip their kerning, and the default shaper cannot form conjuncts.
 * Only Bengali is told apart because the report font covers only Bengali and Latin.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let runScript: ScriptClass = 'neutral';
  let start = 0;
  let offset = 0;
  for (const char of text) {
    const script = scriptClass(char);
    if (script !== 'neutral') {
      if (runScript !== 'neutral' && script !== runScript) {
        runs.push({ start, end: offset });
        start = offset;
      }
      runScript = script;
    }
    offset += char.length;
  }
  if (offset > start) runs.push({ start, end: offset });
  return runs;
}
