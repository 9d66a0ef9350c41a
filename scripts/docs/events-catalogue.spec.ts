import {
  AssignmentConfirmedV1,
  EVENT_CATALOGUE,
  HoursVerifiedV1,
  OrganisationChangedV1,
} from '@linkage/contracts';
import { generatedEventsDoc, payloadFields, renderCatalogue, withCatalogue } from './events-catalogue';

describe('docs/events.md', () => {
  it('is what `npm run docs:events` generates from the catalogue and the payload classes', () => {
    const { current, generated } = generatedEventsDoc();
    // Not toEqual on the whole text: the first differing line is what a reader needs.
    const a = current.split('\n');
    const b = generated.split('\n');
    const first = b.findIndex((line, i) => line !== a[i]);
    expect({
      upToDate: current === generated,
      firstDifference: first === -1 && a.length === b.length ? null : { line: first + 1, expected: b[first] },
      fix: 'npm run docs:events',
    }).toEqual({ upToDate: true, firstDifference: null, fix: 'npm run docs:events' });
  });

  it('has a section for every subject', () => {
    const catalogue = renderCatalogue();
    for (const subject of Object.keys(EVENT_CATALOGUE)) expect(catalogue).toContain(`### \`${subject}\``);
  });

  it('keeps the prose around the catalogue and refuses a document without the markers', () => {
    const doc = 'intro\n<!-- catalogue:start -->\nold\n<!-- catalogue:end -->\noutro\n';
    expect(withCatalogue(doc, '<!-- catalogue:start -->new<!-- catalogue:end -->')).toBe(
      'intro\n<!-- catalogue:start -->new<!-- catalogue:end -->\noutro\n',
    );
    expect(() => withCatalogue('no markers', 'x')).toThrow(/markers/);
  });
});

describe('payload fields as the validators define them', () => {
  it('reads types, optionality and constraints, base class fields first', () => {
    const fields = payloadFields(OrganisationChangedV1);
    expect(fields.map((f) => f.name)).toEqual([
      'organisationId',
      'name',
      'kind',
      'district',
      'status',
      'version',
      'changedAt',
      'changedFields',
    ]);
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    expect(byName.organisationId).toEqual({
      name: 'organisationId',
      type: 'string (UUID)',
      required: true,
      constraints: [],
    });
    expect(byName.name).toMatchObject({ type: 'string', constraints: ['1–200 characters'] });
    expect(byName.district).toMatchObject({ required: false, constraints: ['at most 100 characters'] });
    expect(byName.status).toMatchObject({ type: 'string', constraints: ['one of `active`, `suspended`'] });
    expect(byName.version).toMatchObject({ type: 'integer', constraints: ['≥ 1'] });
    expect(byName.changedAt).toMatchObject({ type: 'string (ISO 8601 date-time)' });
    expect(byName.changedFields).toMatchObject({ type: 'string[]', required: true });
  });

  it('says what a number allows', () => {
    const hours = payloadFields(HoursVerifiedV1).find((f) => f.name === 'hours');
    expect(hours).toEqual({
      name: 'hours',
      type: 'number',
      required: true,
      constraints: ['≥ 0', 'at most 2 decimal places'],
    });
    const how = payloadFields(AssignmentConfirmedV1).find((f) => f.name === 'how');
    expect(how?.constraints[0]).toMatch(/^one of `signup`, /);
  });
});
