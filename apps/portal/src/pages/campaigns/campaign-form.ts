import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { Schemas } from '../../api/client';

type Campaign = Schemas['CampaignView'];

/** The instrument versions a campaign may pin per stage (the screening service's definitions). */
export const STAGE_VERSIONS = {
  stage1: ['AD8@1', 'MINI_COG@1'],
  stage2: ['MMSE@1', 'MOCA@1'],
} as const;

/** What the campaign form holds. */
export interface CampaignFormValues {
  name: string;
  description?: string;
  period: [Dayjs, Dayjs];
  partnerOrganisationIds?: string[];
  projectId?: string | null;
  stage1: string[];
  stage2: string[];
  targets?: { community?: string; target?: number | null }[];
}

/** `AD8@1` → `AD8 (v1)`; the instrument's usual name. */
export function versionLabel(version: string): string {
  const [instrument, v] = version.split('@');
  const name = { AD8: 'AD8', MINI_COG: 'Mini-Cog', MMSE: 'MMSE', MOCA: 'MoCA' }[instrument] ?? instrument;
  return v ? `${name} v${v}` : name;
}

/** The body of POST /api/campaigns (and of PATCH, which takes the same fields): trimmed, blanks left out. */
export function campaignBody(v: CampaignFormValues) {
  const targets = (v.targets ?? [])
    .map((t) => ({ community: (t.community ?? '').trim(), target: t.target ?? 0 }))
    .filter((t) => t.community !== '');
  return {
    name: v.name.trim(),
    description: v.description?.trim() || undefined,
    startsOn: v.period[0].format('YYYY-MM-DD'),
    endsOn: v.period[1].format('YYYY-MM-DD'),
    partnerOrganisationIds: v.partnerOrganisationIds ?? [],
    instruments: { stage1: v.stage1, stage2: v.stage2 },
    targets,
  };
}

/**
 * The body of PATCH /api/campaigns/:id: the whole plan as the form holds it, without the instruments once
 * the campaign has started (they are pinned then, and the form shows them read-only).
 */
export function campaignChangeBody(v: CampaignFormValues, status: Campaign['status']) {
  const { instruments, ...rest } = campaignBody(v);
  return {
    ...rest,
    description: v.description?.trim() ?? '',
    ...(status === 'draft' ? { instruments } : {}),
  };
}

/** The form's values for a campaign being edited; defaults for a new one. */
export function campaignFormValues(c?: Campaign): Partial<CampaignFormValues> {
  if (!c)
    return {
      stage1: [...STAGE_VERSIONS.stage1],
      stage2: [...STAGE_VERSIONS.stage2],
      partnerOrganisationIds: [],
      targets: [{ community: '', target: 100 }],
    };
  return {
    name: c.name,
    description: c.description ?? '',
    period: [dayjs(c.startsOn), dayjs(c.endsOn)],
    partnerOrganisationIds: c.partners.map((p) => p.organisationId),
    stage1: c.instruments.stage1,
    stage2: c.instruments.stage2,
    targets: c.targets.map((t) => ({ community: t.community, target: t.target })),
  };
}

/** The sum of the targets, shown under the list of communities. */
export function targetTotal(targets: CampaignFormValues['targets']): number {
  return (targets ?? []).reduce((sum, t) => sum + (t.community?.trim() ? (t.target ?? 0) : 0), 0);
}
