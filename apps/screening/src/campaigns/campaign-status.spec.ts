import { canMoveCampaign, type CampaignStatus } from './campaign-status';

describe('a campaign’s status moves', () => {
  it.each<[CampaignStatus, CampaignStatus, boolean]>([
    ['draft', 'active', true],
    ['draft', 'cancelled', true],
    ['draft', 'completed', false],
    ['draft', 'draft', false],
    ['active', 'completed', true],
    ['active', 'cancelled', true],
    ['active', 'draft', false],
    ['active', 'active', false],
    ['completed', 'active', false],
    ['completed', 'cancelled', false],
    ['cancelled', 'active', false],
    ['cancelled', 'draft', false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canMoveCampaign(from, to)).toBe(allowed);
  });
});
