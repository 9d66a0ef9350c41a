import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../api/errors';
import enDesk from './locales/en.desk.json';
import enCore from './locales/en.json';
import zhDesk from './locales/zh-CN.desk.json';
import zhCore from './locales/zh-CN.json';

type Tree = { [key: string]: string | Tree };

// Every text, wherever it is loaded from: the first load's file or the desks' (index.ts).
const zhCN: Tree = { ...zhCore, ...zhDesk };
const en: Tree = { ...enCore, ...enDesk };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const zhKeys = new Set(keysOf(zhCN));
const enKeys = new Set(keysOf(en));
const src = join(__dirname, '..');

const namespaces = new Set(Object.keys(zhCN));

/**
 * Keys written literally in the code: t('a.b'), i18nKey="a.b", and any other string literal that starts
 * with one of the locale files' namespaces (a key chosen by a condition: t(x ? 'qr.labelIn' : 'qr.labelOut')).
 */
function usedKeys(): { key: string; file: string }[] {
  return sourceFiles(src).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const found = [
      ...[...text.matchAll(/\bt\(\s*'([^'$]+)'/g)].map((m) => m[1]),
      ...[...text.matchAll(/i18nKey="([^"]+)"/g)].map((m) => m[1]),
      ...[...text.matchAll(/'([a-zA-Z]+)\.([A-Za-z0-9_.]+)'/g)]
        .filter((m) => namespaces.has(m[1]) && !m[2].endsWith('.'))
        .map((m) => `${m[1]}.${m[2]}`),
    ];
    return [...new Set(found)].map((key) => ({ key, file: file.slice(src.length + 1) }));
  });
}

describe('translations', () => {
  it('keep each namespace in one file, the same one in both languages', () => {
    expect(Object.keys(zhCore).filter((ns) => ns in zhDesk)).toEqual([]);
    expect(Object.keys(zhDesk).sort()).toEqual(Object.keys(enDesk).sort());
    expect(Object.keys(zhCore).sort()).toEqual(Object.keys(enCore).sort());
  });

  it('have the same keys in Chinese and English', () => {
    expect([...zhKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('have no empty text', () => {
    const empty = (tree: Tree) =>
      keysOf(tree).filter((k) => k.split('.').reduce<unknown>((t, p) => (t as Tree)[p], tree) === '');
    expect(empty(zhCN)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('cover every key a component uses', () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(100);
    const missing = used.filter(({ key }) => !zhKeys.has(key) || !enKeys.has(key));
    expect(missing).toEqual([]);
  });

  it('cover every key built from a value at run time', () => {
    const families: Record<string, readonly (string | number)[]> = {
      signupStatus: ['pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'rejected', 'expired'],
      shiftStatus: ['open', 'full', 'closed', 'cancelled', 'completed'],
      'notifications.kind': [
        'waitlist_promoted',
        'waitlist_offered',
        'waitlist_offer_expired',
        'shift_changed',
        'shift_cancelled',
        'shift_reminder',
      ],
      'notifications.message': [
        'waitlist_promoted',
        'waitlist_offered',
        'waitlist_offer_expired',
        'shift_changed',
        'shift_cancelled',
        'shift_reminder',
      ],
      weekday: [1, 2, 3, 4, 5, 6, 7],
      'hours.status': ['recorded', 'verified', 'disputed'],
      'declare.status': ['pending', 'confirmed', 'rejected'],
      'declare.by': ['leader', 'leaderOrStation', 'station'],
      'declare.forOptions': ['station', 'shift', 'partner'],
      'declarationInbox.outcomes': ['confirmed', 'rejected'],
      language: ['zh-CN', 'en'],
      role: ['admin', 'coordinator', 'counsellor', 'partner', 'volunteer'],
      invitationStatus: ['pending', 'accepted', 'expired'],
      signUpMode: ['auto', 'approval'],
      waitlistPromotion: ['auto', 'offer'],
      'shifts.when': ['upcoming', 'past', 'all'],
      audit: ['allowed', 'denied'],
      eventStatus: [
        'draft',
        'submitted',
        'changes_requested',
        'approved',
        'rejected',
        'completed',
        'cancelled',
      ],
      eventKind: ['elderly_care_visit', 'fire_safety_talk', 'health_screening', 'community_service', 'other'],
      eventHistory: [
        'create',
        'submit',
        'request_changes',
        'approve',
        'reject',
        'cancel',
        'complete',
        'change',
      ],
      'eventActions.done': ['submit', 'request-changes', 'approve', 'reject', 'cancel', 'complete'],
      'eventActions.prompt': ['submit', 'request-changes', 'reject', 'cancel'].flatMap((a) =>
        ['title', 'label', 'explain', 'ok'].map((part) => `${a}.${part}`),
      ),
      'eventHours.decisions': ['confirmed', 'disputed', 'undecided'],
      'eventForm.repeats': ['once', 'weekly'],
      'partnerHome.groups': ['toFix', 'inReview', 'approved', 'closed'],
      'eventPage.reason': ['rejected', 'cancelled'],
      inboxStatus: ['received', 'accepted', 'completed', 'declined'],
      projectStatus: ['planned', 'active', 'completed', 'cancelled'],
      projectRole: ['lead', 'co_organiser', 'funder', 'medical_partner', 'community_host'],
      organisationKind: [
        'residents_committee',
        'hospital',
        'foundation',
        'street_social_work_station',
        'social_work_ngo',
        'ngo',
        'college',
        'party_branch',
        'other',
      ],
      projects: ['events', 'needed', 'confirmed', 'verifiedHours'],
    };
    const missing = Object.entries(families).flatMap(([prefix, values]) =>
      values.map((v) => `${prefix}.${v}`).filter((key) => !zhKeys.has(key) || !enKeys.has(key)),
    );
    expect(missing).toEqual([]);
  });

  it('have a message for every error code the portal maps', () => {
    const missing = ERROR_CODES.map((c) => `errors.${c}`).filter(
      (key) => !zhKeys.has(key) || !enKeys.has(key),
    );
    expect(missing).toEqual([]);
  });
});
