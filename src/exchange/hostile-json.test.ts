// Hostile JSON the other exchange tests leave out (SPEC §5, §10: bad input never changes stored data): bare NaN / Infinity,
// which JSON does not allow (a parse error with its place, not a number), and numbers as text
// in every numeric place of a score or a scale, reported all at once.
import { describe, expect, it } from 'vitest';
import { importAssessmentText } from './import';
import { smallDoc } from './test-documents';

function messagesOf(text: string): string[] {
  const result = importAssessmentText(text, { now: '2026-12-01T00:00:00.000Z' });
  return result.ok ? [] : result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
}

describe('importAssessmentText: hostile numbers', () => {
  it('refuses a bare NaN, Infinity or -Infinity as not JSON, naming line and column', () => {
    const pretty = JSON.stringify(smallDoc(), null, 2);
    for (const bare of ['NaN', 'Infinity', '-Infinity']) {
      const text = pretty.replace('"weight": 50', `"weight": ${bare}`);
      expect(text).not.toBe(pretty);
      const [message, ...rest] = messagesOf(text);
      expect(rest).toEqual([]);
      expect(message).toMatch(/^This is not a JSON file: .* at line \d+ column \d+$/);
      const line = Number(/at line (\d+)/.exec(message)![1]);
      expect(text.split('\n')[line - 1]).toContain(`"weight": ${bare}`);
    }
  });

  it('names the first wrong character of a file that is not JSON at all (V8 gives no position for it)', () => {
    expect(messagesOf('date,kpi,value\n2027-01-04,csat,80\n')).toEqual(['This is not a JSON file: unexpected character "d" at line 1 column 1']);
    expect(messagesOf('<html><body>Sign in to continue</body></html>')).toEqual(['This is not a JSON file: unexpected character "<" at line 1 column 1']);
    // V8 reads "n" as the start of null and stops at the "o".
    expect(messagesOf('{\n  "format": "bpo-workbench/assessment",\n  "version": 1,\n  "assessment": nope\n}')).toEqual([
      'This is not a JSON file: unexpected character "o" at line 4 column 18',
    ]);
  });

  it('refuses numbers written as text in a score and the scale, each with its place', () => {
    const doc = smallDoc();
    doc.assessment.scale = { min: '0', max: '5' };
    doc.assessment.scores[0].value = '4';
    doc.assessment.scores[1].value = 'NaN';
    expect(messagesOf(JSON.stringify(doc))).toEqual([
      'assessment.scale.min: must be a number',
      'assessment.scale.max: must be a number',
      'assessment.scores[0].value: must be a number or null',
      'assessment.scores[1].value: must be a number or null',
    ]);
  });
});
