/**
 * Demo data drawn from the project's story: a college social-work station, its student volunteers,
 * eight communities across Laishan District and the Hi-tech Zone, the partners of the "Memory Package"
 * dementia-screening project, and three counselling groups. Names are fictional.
 */

export const DEMO_ORGANISATIONS = [
  {
    key: 'station',
    name: '烟台理工学院社会工作站',
    kind: 'college',
    district: '莱山区',
    contactName: '周老师',
    contactPhone: '13806381001',
  },
  // Eight communities: four in Laishan District, four in the Hi-tech Zone.
  { key: 'binhai', name: '莱山区滨海路社区居委会', kind: 'residents_committee', district: '莱山区' },
  { key: 'huanghai', name: '莱山区黄海路社区居委会', kind: 'residents_committee', district: '莱山区' },
  { key: 'chujia', name: '莱山区初家社区居委会', kind: 'residents_committee', district: '莱山区' },
  { key: 'yuangezhuang', name: '莱山区院格庄社区居委会', kind: 'residents_committee', district: '莱山区' },
  { key: 'mashan', name: '高新区马山社区居委会', kind: 'residents_committee', district: '高新区' },
  { key: 'jinshan', name: '高新区金山社区居委会', kind: 'residents_committee', district: '高新区' },
  { key: 'kejicheng', name: '高新区科技城社区居委会', kind: 'residents_committee', district: '高新区' },
  { key: 'chuangye', name: '高新区创业社区居委会', kind: 'residents_committee', district: '高新区' },
  {
    key: 'hospital',
    name: '莱山区人民医院记忆门诊',
    kind: 'hospital',
    district: '莱山区',
    contactName: '孙医生',
    contactPhone: '13953581002',
  },
  { key: 'foundation', name: '烟台市益心慈善基金会', kind: 'foundation', district: '莱山区' },
  {
    key: 'laishanStation',
    name: '莱山街道社会工作服务站',
    kind: 'street_social_work_station',
    district: '莱山区',
  },
  {
    key: 'mashanStation',
    name: '马山街道社会工作服务站',
    kind: 'street_social_work_station',
    district: '高新区',
  },
  {
    key: 'ngo',
    name: '烟台市颐康老年社会工作服务中心',
    kind: 'social_work_ngo',
    district: '高新区',
    contactEmail: 'contact@yikang.example.org',
  },
] as const;

export type DemoOrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

/** Students of the fire-safety volunteer team, the party-member vanguard service team and the lecture group. */
export const DEMO_VOLUNTEERS = [
  {
    name: '李晓雯',
    studentNumber: '2023110101',
    department: '人文学院',
    major: '社会工作',
    className: '社工2301',
    mobile: '13912340001',
    politicalStatus: 'youth_league_member',
    skills: ['消防安全', '急救'],
  },
  {
    name: '王子涵',
    studentNumber: '2023110102',
    department: '人文学院',
    major: '社会工作',
    className: '社工2301',
    mobile: '13912340002',
    politicalStatus: 'party_activist',
    skills: ['消防安全', '宣讲'],
  },
  {
    name: '张明远',
    studentNumber: '2022110203',
    department: '人文学院',
    major: '社会工作',
    className: '社工2202',
    mobile: '13912340003',
    politicalStatus: 'party_member',
    skills: ['认知筛查', '宣讲'],
  },
  {
    name: '陈思琪',
    studentNumber: '2022120304',
    department: '医学院',
    major: '护理学',
    className: '护理2203',
    mobile: '13912340004',
    politicalStatus: 'party_member',
    skills: ['认知筛查', '急救'],
  },
  {
    name: '刘浩然',
    studentNumber: '2024110105',
    department: '人文学院',
    major: '社会工作',
    className: '社工2401',
    mobile: '13912340005',
    politicalStatus: 'masses',
    skills: ['消防安全'],
  },
  {
    name: '赵雨桐',
    studentNumber: '2023130206',
    department: '外国语学院',
    major: '英语',
    className: '英语2302',
    mobile: '13912340006',
    politicalStatus: 'youth_league_member',
    skills: ['宣讲', '陪伴'],
  },
  {
    name: '孙嘉怡',
    studentNumber: '2024120107',
    department: '医学院',
    major: '临床医学',
    className: '临床2401',
    mobile: '13912340007',
    politicalStatus: 'youth_league_member',
    skills: ['认知筛查'],
  },
  {
    name: '马俊杰',
    studentNumber: '2022140308',
    department: '信息工程学院',
    major: '计算机科学与技术',
    className: '计科2203',
    mobile: '13912340008',
    politicalStatus: 'party_activist',
    skills: ['数据录入', '消防安全'],
  },
] as const;

export const DEMO_CAMPAIGN = {
  name: '“记忆礼包”社区认知障碍筛查与干预（2026 秋季）',
  description:
    '在莱山区与高新区 8 个社区为 65 岁及以上老人开展 AD8 / Mini-Cog 初筛，阳性者复筛后转介记忆门诊，并跟进随访与干预。',
  startsOn: '2026-09-01',
  endsOn: '2026-12-31',
  partners: [
    'hospital',
    'foundation',
    'laishanStation',
    'mashanStation',
    'ngo',
    'binhai',
    'huanghai',
    'chujia',
    'yuangezhuang',
    'mashan',
    'jinshan',
    'kejicheng',
    'chuangye',
  ] as DemoOrganisationKey[],
  // The eight communities screened, with how many residents aged 65+ each plans to screen this autumn.
  targets: [
    { community: '滨海路社区', target: 120 },
    { community: '黄海路社区', target: 100 },
    { community: '初家社区', target: 80 },
    { community: '院格庄社区', target: 90 },
    { community: '马山社区', target: 110 },
    { community: '金山社区', target: 70 },
    { community: '科技城社区', target: 60 },
    { community: '创业社区', target: 75 },
  ],
  // Stage 1 AD8 (informant) and Mini-Cog, stage 2 MMSE or MoCA, the built-in versions pinned.
  instruments: { stage1: ['AD8@1', 'MINI_COG@1'], stage2: ['MMSE@1', 'MOCA@1'] },
};

/** The certificate a screening session's roles require: trained screeners hold it. */
export const SCREENER_CERTIFICATE = '认知筛查';

/**
 * A screening session of the demo campaign a week from the day the demo is loaded, at 滨海路社区: it
 * becomes a volunteer shift that trained screeners (the demo volunteer among them) can sign up for.
 */
export function demoScreeningSession(now: Date): Record<string, unknown> {
  const day = new Date(now.getTime() + 7 * 86_400_000 + 8 * HOUR_MS).toISOString().slice(0, 10);
  return {
    community: '滨海路社区',
    venue: { name: '滨海路社区党群服务中心', address: '烟台市莱山区滨海路 88 号' },
    startsAt: `${day}T08:30:00+08:00`,
    endsAt: `${day}T11:30:00+08:00`,
    roles: [
      { key: 'screener', name: '认知初筛员', count: 4, requiredCertifications: [SCREENER_CERTIFICATE] },
    ],
  };
}

/**
 * The "five-party linkage" joint project: the station leads, the Binhai Road residents' committee hosts
 * it in its community, the foundation funds it, the hospital's memory clinic is the medical partner and
 * the elderly-care NGO co-organises.
 */
export const DEMO_PROJECT = {
  name: '“记忆礼包”五方联动社区认知症关爱项目',
  goal: '在滨海路社区为 65 岁及以上老人开展认知症筛查、转介与陪伴探访：一年内筛查 300 人，阳性者全部转介记忆门诊并每月探访。',
  startsOn: '2026-09-01',
  endsOn: '2027-08-31',
  partners: [
    { organisation: 'station', role: 'lead' },
    { organisation: 'binhai', role: 'community_host' },
    { organisation: 'foundation', role: 'funder' },
    { organisation: 'hospital', role: 'medical_partner' },
    { organisation: 'ngo', role: 'co_organiser' },
  ] satisfies { organisation: DemoOrganisationKey; role: string }[],
};

export const DEMO_PARTNER_EVENT_TITLE = '滨海路社区 · 冬至包饺子陪伴独居老人';

/**
 * The demo partner's event, submitted for review so that the coordinator's review queue is not empty:
 * two roles, ten days from the day the demo is loaded, in the joint project.
 */
export function demoPartnerEvent(now: Date, projectId: string): Record<string, unknown> {
  const day = new Date(now.getTime() + 10 * 86_400_000 + 8 * HOUR_MS).toISOString().slice(0, 10);
  return {
    title: DEMO_PARTNER_EVENT_TITLE,
    description: '和辖区独居老人一起包饺子、聊家常，顺带做一次 AD8 认知初筛登记。',
    kind: 'elderly_care_visit',
    community: '滨海路社区',
    venue: { name: '滨海路社区党群服务中心', address: '烟台市莱山区滨海路 88 号' },
    schedule: { startsAt: `${day}T14:00:00+08:00`, endsAt: `${day}T16:30:00+08:00` },
    roles: [
      { key: 'companion', name: '陪伴志愿者', count: 4, requiredSkills: ['陪伴'] },
      { key: 'screener', name: '认知初筛', count: 2, requiredSkills: ['认知筛查'], signupMode: 'approval' },
    ],
    contact: { name: '刘主任', phone: '0535-6921234' },
    projectId,
  };
}

export const DEMO_PROGRAMMES = [
  {
    title: '玩偶格子沙龙',
    kind: 'sand_tray_salon',
    description: '以玩偶格子为媒介的沙盘式团体沙龙，每周一次，共六次。',
    capacity: 10,
    startsOn: '2026-10-08',
    endsOn: '2026-11-12',
    status: 'open',
  },
  {
    title: '倾听与答疑小组',
    kind: 'listening_group',
    description: '朋辈倾听与答疑，保密进行。',
    capacity: 12,
    startsOn: '2026-10-10',
    endsOn: '2026-12-19',
    status: 'open',
  },
  {
    title: '同伴戒烟互助小组',
    kind: 'peer_smoking_cessation',
    description: '设定戒烟日，记录每日吸烟量与渴求，同伴互相督促。',
    capacity: 15,
    startsOn: '2026-10-15',
    endsOn: '2027-01-14',
    status: 'open',
  },
] as const;

/** The quit-smoking group of DEMO_PROGRAMMES: the one the counselling walk runs (demoQuitSessions). */
export const DEMO_QUIT_PROGRAMME_TITLE = '同伴戒烟互助小组';

/**
 * Students who apply to the quit group: volunteer-role accounts with their volunteer profiles, made on
 * every start that lacks them. `ftnd` is the FTND score their intake answers give in the walk (2: not
 * eligible, under 3; 5 and 7: eligible); the seed applies for no one, that is the walk.
 */
export const DEMO_STUDENTS = [
  {
    name: '陈一鸣',
    email: 'student1@linkage.example',
    password: 'Student1-2026',
    studentNumber: '2024150101',
    department: '经济管理学院',
    major: '市场营销',
    className: '营销2401',
    mobile: '13912340011',
    ftnd: 2,
  },
  {
    name: '赵思远',
    email: 'student2@linkage.example',
    password: 'Student2-2026',
    studentNumber: '2023160102',
    department: '机电工程学院',
    major: '机械设计制造及其自动化',
    className: '机制2301',
    mobile: '13912340012',
    ftnd: 5,
  },
  {
    name: '孙可欣',
    email: 'student3@linkage.example',
    password: 'Student3-2026',
    studentNumber: '2023170103',
    department: '艺术学院',
    major: '视觉传达设计',
    className: '视传2302',
    mobile: '13912340013',
    ftnd: 7,
  },
] as const;

/**
 * The quit group's sessions from the day of the start: one today, under way since half an hour ago (so
 * its attendance can be taken at once; not before local midnight), then the same evening weekly for
 * three weeks.
 */
export function demoQuitSessions(
  now: Date,
): { startsAt: string; endsAt: string; place: string; topic: string }[] {
  const day = shanghaiDay(now);
  const midnight = new Date(`${day}T00:00:00+08:00`).getTime();
  const start = new Date(Math.max(now.getTime() - 30 * 60_000, midnight));
  const place = '学生活动中心 302 室';
  const weekly = ['设定戒烟日，认识渴求', '应对渴求与复吸', '巩固与展望'].map((topic, i) => {
    const on = shanghaiDay(new Date(midnight + (i + 1) * 7 * 86_400_000 + 12 * 3_600_000));
    return { startsAt: `${on}T19:00:00+08:00`, endsAt: `${on}T20:30:00+08:00`, place, topic };
  });
  return [
    {
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
      place,
      topic: '认识尼古丁依赖：小组见面',
    },
    ...weekly,
  ];
}

/** The YYYY-MM-DD of an instant in Shanghai. */
export function shanghaiDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}

/** The first admin, made by identity on first start from ADMIN_EMAIL / ADMIN_PASSWORD. */
export const DEMO_ADMIN = { email: 'admin@linkage.example', password: 'Linkage-admin-2026' };

/**
 * One account per role, invited by the demo admin and accepted with these passwords; `label` is how the
 * start banner names them. The leader is a volunteer who leads the fire-safety team.
 */
export const DEMO_ACCOUNTS = [
  {
    label: 'coordinator',
    role: 'coordinator',
    displayName: '周敏（社工站协调员）',
    email: 'coordinator@linkage.example',
    password: 'Coordinator-2026',
  },
  {
    label: 'counsellor',
    role: 'counsellor',
    displayName: '吴静（咨询师）',
    email: 'counsellor@linkage.example',
    password: 'Counsellor-2026',
  },
  {
    label: 'partner',
    role: 'partner',
    displayName: '刘主任（滨海路社区）',
    email: 'partner@linkage.example',
    password: 'Partner-2026',
    organisation: 'binhai',
  },
  {
    label: 'hospital',
    role: 'partner',
    displayName: '莱山区人民医院记忆门诊',
    email: 'hospital@linkage.example',
    password: 'Hospital-2026',
    organisation: 'hospital',
  },
  {
    label: 'volunteer',
    role: 'volunteer',
    displayName: '李晓雯',
    email: 'volunteer@linkage.example',
    password: 'Volunteer-2026',
    studentNumber: '2023110101',
  },
  {
    label: 'team leader',
    role: 'volunteer',
    displayName: '王子涵',
    email: 'leader@linkage.example',
    password: 'Leader-2026',
    studentNumber: '2023110102',
  },
] as const;

/** The college's volunteer teams; members by student number, the first one leads. */
export const DEMO_TEAMS = [
  {
    name: '消防安全志愿服务队',
    description: '社区消防安全宣传与演练',
    leaders: ['2023110102'],
    members: ['2023110101', '2024110105', '2022140308'],
  },
  {
    name: '党员先锋服务队',
    description: '党员志愿者先锋服务',
    leaders: ['2022110203'],
    members: ['2022120304', '2022140308'],
  },
  {
    name: '宣讲团',
    description: '走进社区的健康与防骗宣讲',
    leaders: ['2023130206'],
    members: ['2023110102', '2022110203'],
  },
] as const;

/** Certifications the coordinators have seen, by student number. */
export const DEMO_CERTIFICATIONS = [
  ...['2023110101', '2023110102', '2024110105', '2022140308'].map((studentNumber) => ({
    studentNumber,
    name: '消防安全',
    issuedOn: '2025-03-15',
    expiresOn: '2027-03-14',
  })),
  ...['2023110101', '2022120304'].map((studentNumber) => ({
    studentNumber,
    name: '急救',
    issuedOn: '2025-05-20',
    expiresOn: '2028-05-19',
  })),
  // Trained screeners (the Memory Package's AD8 / Mini-Cog training), the demo volunteer among them.
  ...['2023110101', '2022110203', '2022120304', '2024120107'].map((studentNumber) => ({
    studentNumber,
    name: '认知筛查',
    issuedOn: '2026-08-25',
    expiresOn: '2028-08-24',
  })),
];

const HOUR_MS = 3_600_000;
/** The team whose shift the walk uses; its leader has a demo account. */
export const DEMO_WALK_TEAM = '消防安全志愿服务队';

/** The shift of the first walk through the portal, which starts soon so that check-in is open at once. */
export const DEMO_WALK_SHIFT_TITLE = '滨海路社区 · 冬季消防安全入户宣传';

/**
 * The fire-safety team's shift that a new user walks through: the demo volunteer (who holds 消防安全) signs
 * up, and checks in by scanning the QR code the coordinator or the team's leader shows. It starts on the
 * next half hour at least 20 minutes away, inside the check-in window (which opens an hour before).
 */
export function demoWalkShift(now: Date, teamId: string): Record<string, unknown> {
  const halfHour = HOUR_MS / 2;
  const startsAt = new Date(Math.ceil((now.getTime() + 20 * 60_000) / halfHour) * halfHour);
  return {
    title: DEMO_WALK_SHIFT_TITLE,
    description: '两人一组走访楼道，讲解冬季用电用火安全，检查灭火器有效期。',
    teamId,
    location: { venue: '滨海路社区党群服务中心', address: '烟台市莱山区滨海路 88 号' },
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * HOUR_MS).toISOString(),
    capacity: 8,
    requiredSkills: ['消防安全'],
  };
}

/**
 * A screening shift under way since three hours ago, whose screeners' attendance the coordinator has
 * recorded from the paper sign-in sheet: their hours wait in the verification queue. (Volunteers take
 * no sign-ups for a shift that has ended, so it is recorded while it is still on.)
 */
export function demoMorningShift(now: Date): Record<string, unknown> {
  return {
    title: '院格庄社区老人认知筛查（纸质签到补录）',
    description: '为 65 岁以上居民做 AD8 / Mini-Cog 初筛登记，协助社工整理纸质表格。',
    location: { venue: '院格庄社区卫生室', address: '烟台市莱山区院格庄社区' },
    startsAt: new Date(now.getTime() - 3 * HOUR_MS).toISOString(),
    endsAt: new Date(now.getTime() + HOUR_MS).toISOString(),
    closesAt: new Date(now.getTime() + HOUR_MS).toISOString(),
    capacity: 6,
    requiredSkills: ['认知筛查'],
  };
}

/** The screeners of the morning shift, by student number (they hold 认知筛查). */
export const DEMO_MORNING_SCREENERS = ['2022110203', '2022120304', '2024120107'];

/** One open shift a week from the day the demo is loaded, for the Memory Package screening. */
export function demoShift(now: Date): Record<string, unknown> {
  const day = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  return {
    title: '记忆礼包 · 滨海路社区认知筛查志愿服务',
    description: '协助社工为 65 岁以上居民做 AD8 / Mini-Cog 初筛登记。',
    location: { venue: '滨海路社区党群服务中心', address: '烟台市莱山区滨海路 88 号' },
    startsAt: `${day}T09:00:00+08:00`,
    endsAt: `${day}T12:00:00+08:00`,
    capacity: 6,
    requiredSkills: ['认知筛查'],
  };
}
