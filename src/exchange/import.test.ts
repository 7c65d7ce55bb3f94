import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from './envelope';
import { checkFileSize, describeJsonError, importAssessmentText, lineAndColumn } from './import';
import { exampleText, minimalDoc, smallDoc } from './test-documents';

const NOW = '2026-12-01T00:00:00.000Z';

function messagesOf(text: string): string[] {
  const result = importAssessmentText(text, { now: NOW });
  return result.ok ? [] : result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
}

describe('importAssessmentText', () => {
  it('imports the worked example', () => {
    const result = importAssessmentText(exampleText('small-assessment'));
    expect(result.ok && result.assessment.vendors.map((v) => v.name)).toEqual([
      'Northwind Contact',
      'Contoso CX',
      'Fabrikam Support',
    ]);
  });

  it('strips a UTF-8 byte order mark', () => {
    const result = importAssessmentText('\uFEFF' + JSON.stringify(minimalDoc()));
    expect(result.ok && result.assessment.id).toBe('a1');
  });

  it('passes `now` on for a file without any time', () => {
    const doc = minimalDoc();
    delete doc.exportedAt;
    const result = importAssessmentText(JSON.stringify(doc), { now: NOW });
    expect(result.ok && result.assessment.createdAt).toBe(NOW);
  });

  it('refuses text that is not JSON, with line and column', () => {
    expect(messagesOf('{\n  "format": "bpo-workbench/assessment"\n  "version": 1\n}')).toEqual([
      "This is not a JSON file: Expected ',' or '}' after property value at line 3 column 3",
    ]);
    expect(messagesOf('format,version\nx,1')[0]).toMatch(/^This is not a JSON file: /);
  });

  it('recognises a truncated file', () => {
    const text = exampleText('small-assessment');
    const cut = 'This file is cut short (truncated): the JSON ends before it is complete. Export or download it again.';
    expect(messagesOf(text.slice(0, text.length / 2))).toEqual([cut]);
    expect(messagesOf(text.slice(0, text.indexOf('Northwind') + 4))).toEqual([cut]);
  });

  it('says when the file is empty', () => {
    expect(messagesOf('')).toEqual(['The file is empty.']);
    expect(messagesOf('\uFEFF \n')).toEqual(['The file is empty.']);
  });

  it('refuses a JSON file from another program', () => {
    const notOurs = 'This is not a BPO workbench assessment file (no "format": "bpo-workbench/assessment")';
    expect(messagesOf('{"name":"bpo-workbench","version":"0.1.0","dependencies":{}}')).toEqual([notOurs]);
    expect(messagesOf('[{"vendor":"Northwind"}]')).toEqual([notOurs]);
    expect(messagesOf('null')).toEqual([notOurs]);
    expect(messagesOf('42')).toEqual([notOurs]);
  });

  it('refuses another format', () => {
    expect(messagesOf('{"format":"bpo-workbench/template","version":1}')).toEqual([
      'This is not a BPO workbench assessment file: its "format" is "bpo-workbench/template", not "bpo-workbench/assessment"',
    ]);
  });

  it('refuses a file from a newer version of the app', () => {
    const doc = smallDoc();
    doc.version = 3;
    expect(messagesOf(JSON.stringify(doc))).toEqual([
      'This file was made by a newer version of the app (format version 3); this app reads version 2. Update the app to open it.',
    ]);
  });

  it('refuses a version that is not a whole number', () => {
    expect(messagesOf('{"format":"bpo-workbench/assessment","version":"1"}')).toEqual(['version: must be a whole number (got "1")']);
    expect(messagesOf('{"format":"bpo-workbench/assessment"}')).toEqual([
      'version: is required (the format version of the file, e.g. 1)',
    ]);
  });

  it('refuses numbers too large to be finite', () => {
    const text = JSON.stringify(smallDoc()).replace('"weight":50', '"weight":1e400');
    expect(messagesOf(text)).toEqual(['assessment.categories[0].weight: must be a finite number (got Infinity)']);
  });

  it('reports every problem of a valid JSON with the place', () => {
    const doc = smallDoc();
    doc.assessment.scores[12].value = 7;
    doc.assessment.vendors[1].status = 'Shortlisted';
    expect(messagesOf(JSON.stringify(doc))).toEqual([
      'assessment.vendors[1].status: must be one of candidate, shortlisted, rejected, selected (got "Shortlisted")',
      'assessment.scores[12].value: 7 is outside the scale 0–5',
    ]);
  });

  it('refuses text longer than the size limit before parsing it', () => {
    const result = importAssessmentText(' '.repeat(MAX_FILE_BYTES + 1));
    expect(result.ok ? '' : result.errors[0].message).toMatch(/^The file is too large \(50 MB\)/);
  });
});

describe('checkFileSize', () => {
  it('accepts up to 50 MB and refuses more, saying how large', () => {
    expect(checkFileSize(0)).toBeNull();
    expect(checkFileSize(MAX_FILE_BYTES)).toBeNull();
    expect(checkFileSize(80 * 1024 * 1024)).toEqual({
      path: '',
      message: 'The file is too large (80 MB); the largest assessment file this app opens is 50 MB.',
    });
  });
});

describe('JSON error wording', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
  });

  it('understands the wording of other browsers', () => {
    const firefox = new SyntaxError('JSON.parse: expected double-quoted property name at line 3 column 5 of the JSON data');
    expect(describeJsonError('{}', firefox)).toBe(
      'This is not a JSON file: expected double-quoted property name at line 3 column 5',
    );
    const newV8 = new SyntaxError("Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)");
    expect(describeJsonError('{\n  "a": 1\n  "b": 2}', newV8)).toBe(
      "This is not a JSON file: Expected ',' or '}' after property value at line 3 column 3",
    );
    expect(describeJsonError('{"a', new SyntaxError('JSON.parse: unexpected end of data at line 1 column 4 of the JSON data'))).toMatch(
      /^This file is cut short/,
    );
  });
});
