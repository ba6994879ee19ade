import { describe, expect, it } from 'vitest';
import { scenarioFromJsonText, scenarioToJsonFile } from '../scenario/file-io';
import { decodeScenarioFromHash, encodeScenarioToHash } from '../scenario/url-codec';
import { CATALOGUE } from './catalogue';

// Every exercise's starting scenario is an ordinary scenario: it must survive a share link and a
// file exactly, so an instructor can pass it on either way.
describe.each(CATALOGUE.map((ex) => [ex.id, ex] as const))('exercise %s', (_id, ex) => {
  it('its starting scenario round-trips through a link and a file', () => {
    const link = decodeScenarioFromHash(encodeScenarioToHash(ex.start, 'edit'));
    expect(link.ok && link.scenario).toEqual(ex.start);
    const file = scenarioFromJsonText(scenarioToJsonFile(ex.start));
    expect(file.ok && file.scenario).toEqual(ex.start);
  });
});
